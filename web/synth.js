// Cadenza's small Web Audio synth, shared by the chat page and the MIDI page: triangle waves for pitched notes,
// noise bursts for percussion, scheduled a little ahead. Notes are {pitch, onset, duration (seconds), velocity,
// channel}. Also a minimal Standard MIDI File reader (note on/off, running status, tempo changes), so pages
// can play the MIDI bytes the API returns. Plain JavaScript, no build step.
(function () {
  "use strict";
  const DRUM_CHANNEL = 9;

  const synth = {
    context: null,
    output: null,
    sources: new Set(),
    timer: null,
    start: 0,
    onStop: null,

    ensureContext() {
      if (!this.context) {
        this.context = new (window.AudioContext || window.webkitAudioContext)();
        const compressor = this.context.createDynamicsCompressor();
        this.output = this.context.createGain();
        this.output.gain.value = 0.5;
        this.output.connect(compressor);
        compressor.connect(this.context.destination);
      }
      return this.context;
    },

    play(notes, onStop) {
      this.stop();
      const context = this.ensureContext();
      context.resume();
      const queue = notes.slice().sort((a, b) => a.onset - b.onset);
      const end = queue.reduce((latest, n) => Math.max(latest, n.onset + n.duration), 0);
      this.start = context.currentTime + 0.1;
      this.onStop = onStop || null;
      let next = 0;
      const schedule = () => {
        const horizon = context.currentTime - this.start + 0.5;
        while (next < queue.length && queue[next].onset < horizon) this.sound(queue[next++]);
        if (context.currentTime - this.start > end + 0.3) this.stop();
      };
      schedule();
      this.timer = setInterval(schedule, 100);
    },

    sound(note) {
      const context = this.context;
      const at = this.start + note.onset;
      const peak = 0.05 + 0.2 * (note.velocity || 80) / 127;
      const gain = context.createGain();
      gain.connect(this.output);
      let source;
      if (note.channel === DRUM_CHANNEL) {
        const length = Math.floor(context.sampleRate * 0.12);
        const buffer = context.createBuffer(1, length, context.sampleRate);
        const samples = buffer.getChannelData(0);
        for (let i = 0; i < length; i++) samples[i] = (Math.random() * 2 - 1) * (1 - i / length);
        source = context.createBufferSource();
        source.buffer = buffer;
        gain.gain.setValueAtTime(peak, at);
        source.start(at);
      } else {
        source = context.createOscillator();
        source.type = "triangle";
        source.frequency.value = 440 * Math.pow(2, (note.pitch - 69) / 12);
        const release = at + Math.max(0.05, note.duration);
        gain.gain.setValueAtTime(0, at);
        gain.gain.linearRampToValueAtTime(peak, at + 0.01);
        gain.gain.setTargetAtTime(peak * 0.35, at + 0.01, 0.3);
        gain.gain.setTargetAtTime(0, release, 0.04);
        source.start(at);
        source.stop(release + 0.3);
      }
      source.connect(gain);
      this.sources.add(source);
      source.onended = () => { this.sources.delete(source); gain.disconnect(); };
    },

    // Seconds since playback began, or null when nothing plays.
    position() {
      return this.timer === null ? null : this.context.currentTime - this.start;
    },

    stop() {
      if (this.timer !== null) clearInterval(this.timer);
      this.timer = null;
      for (const source of this.sources) {
        try { source.stop(); } catch (ignored) { /* not started yet */ }
      }
      this.sources.clear();
      const onStop = this.onStop;
      this.onStop = null;
      if (onStop) onStop();
    }
  };

  // Notes in seconds through the tempo map.
  function parseMidi(buffer) {
    const bytes = new Uint8Array(buffer);
    let pos = 0;
    const need = n => { if (pos + n > bytes.length) throw new Error("the MIDI example is truncated"); };
    const byte = () => { need(1); return bytes[pos++]; };
    const word = n => { let value = 0; for (let i = 0; i < n; i++) value = value * 256 + byte(); return value; };
    const tag = () => String.fromCharCode(byte(), byte(), byte(), byte());
    const variable = () => { let value = 0, b; do { b = byte(); value = value * 128 + (b & 0x7f); } while (b & 0x80); return value; };

    if (tag() !== "MThd") throw new Error("the example is not a MIDI file");
    const headerEnd = word(4) + pos;
    word(2);
    const tracks = word(2);
    const division = word(2);
    if (division & 0x8000) throw new Error("SMPTE timing is not supported");
    pos = headerEnd;
    const tempos = [{ tick: 0, micros: 500000 }];
    const notes = [];
    let track = 0;
    while (track < tracks && pos < bytes.length) {
      const id = tag();
      const end = word(4) + pos;
      if (id !== "MTrk") {
        pos = end;
        continue;
      }
      let tick = 0, running = 0;
      const open = new Map();
      while (pos < end) {
        tick += variable();
        let status = bytes[pos] & 0x80 ? byte() : running;
        if (status === 0xff) {
          const type = byte(), length = variable();
          if (type === 0x51 && length === 3) tempos.push({ tick: tick, micros: word(3) }); else pos += length;
        } else if (status === 0xf0 || status === 0xf7) {
          pos += variable();
        } else {
          running = status;
          const command = status & 0xf0, channel = status & 0x0f;
          const first = byte(), second = command === 0xc0 || command === 0xd0 ? 0 : byte();
          const key = channel * 128 + first;
          if (command === 0x90 && second > 0) {
            if (!open.has(key)) open.set(key, []);
            open.get(key).push({ tick: tick, velocity: second });
          } else if ((command === 0x80 || command === 0x90) && open.has(key) && open.get(key).length) {
            const on = open.get(key).shift();
            notes.push({ pitch: first, velocity: on.velocity, channel: channel, track: track, on: on.tick, off: tick });
          }
        }
      }
      pos = end;
      track++;
    }
    tempos.sort((a, b) => a.tick - b.tick);
    const seconds = tick => {
      let time = 0, last = tempos[0];
      for (const change of tempos) {
        if (change.tick > tick) break;
        time += (change.tick - last.tick) * last.micros / 1e6 / division;
        last = change;
      }
      return time + (tick - last.tick) * last.micros / 1e6 / division;
    };
    return notes.map(n => ({ pitch: n.pitch, velocity: n.velocity, channel: n.channel, track: n.track,
      onset: seconds(n.on), duration: seconds(n.off) - seconds(n.on) }));
  }

  window.CadenzaSynth = { synth: synth, parseMidi: parseMidi };
})();
