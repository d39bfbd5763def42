// Music in answers: accidentals shown as ♯ ♭ 𝄪 𝄫, the notes of a theory answer written as ABC, ABC drawn on a
// staff with abcjs and played with CadenzaSynth, and piano fingerings drawn on an SVG keyboard.
// The JSON keeps ASCII spellings (F##, Bb); only what is displayed changes.
(function () {
  "use strict";

  const SIGNS = { "##": "\u{1D12A}", "#": "\u266F", "bb": "\u{1D12B}", "b": "\u266D" };
  // A note name with an accidental, alone or starting a chord symbol (Bbm7, F#dim, Ebmaj7, C#sus4, Abadd9).
  const NOTE_NAME = /\b([A-G])(##|bb|#|b)(?=$|[^A-Za-z#]|m|d|a|s|M)/g;
  // An altered chord tone inside a symbol: the b5 of Cm7b5, the #9 of C7#9.
  const ALTERATION = /(?<=[0-9(])([b#])(?=(?:5|9|11|13)(?![0-9]))/g;

  function pretty(text) {
    return text.replace(NOTE_NAME, (all, letter, accidental) => letter + SIGNS[accidental])
      .replace(ALTERATION, sign => SIGNS[sign]);
  }

  // ---- Notes as ABC.
  const LETTERS = "CDEFGAB";
  const SEMITONES = [0, 2, 4, 5, 7, 9, 11];
  const ABC_ACCIDENTAL = { "##": "^^", "#": "^", "": "", "b": "_", "bb": "__" };

  function parseNote(name) {
    const match = /^([A-G])(##|#|bb|b)?(-?\d)?$/.exec(name.trim());
    if (!match) return null;
    return { letter: match[1], accidental: match[2] || "", octave: match[3] === undefined ? null : Number(match[3]) };
  }

  function staffStep(note) {
    return note.octave * 7 + LETTERS.indexOf(note.letter);
  }

  // Gives notes without octaves the lowest octave that keeps each one above the last on the staff.
  function stack(names, firstOctave) {
    const notes = names.map(parseNote);
    if (notes.some(n => n === null)) return null;
    let previous = null;
    for (const note of notes) {
      if (note.octave === null) {
        note.octave = previous === null ? firstOctave : previous.octave;
        while (previous !== null && staffStep(note) <= staffStep(previous)) note.octave++;
      }
      previous = note;
    }
    return notes;
  }

  function abcPitch(note, bar) {
    // Within a bar an accidental lasts for its staff position, so a later plain note there needs a natural.
    const position = staffStep(note);
    let accidental = ABC_ACCIDENTAL[note.accidental];
    if (!accidental && bar.has(position) && bar.get(position) !== "") accidental = "=";
    bar.set(position, note.accidental);
    const letter = note.octave >= 5 ? note.letter.toLowerCase() : note.letter;
    const marks = note.octave >= 5 ? "'".repeat(note.octave - 5) : ",".repeat(Math.max(0, 4 - note.octave));
    return accidental + letter + marks;
  }

  // Theory examples carry no tempo mark (it would only clutter the staff); they play at THEORY_QPM.
  function header(title) {
    return "X:1\n" + (title ? "T:" + pretty(title.replace(/\n/g, " ")) + "\n" : "") + "M:none\nL:1/4\nK:C\n";
  }

  // One bar: the notes one after another, then (for chords) sounded together; "symbol" labels the bar.
  function bar(notes, symbol, together) {
    const accidentals = new Map();
    const melodic = notes.map(n => abcPitch(n, accidentals)).join(" ");
    const label = symbol ? "\"" + symbol.replace(/"/g, "") + "\"" : "";
    if (!together) return label + melodic + " |";
    return label + melodic + " [" + notes.map(n => abcPitch(n, accidentals)).join("") + "]2 |";
  }

  // The chords of a progression answer, read from "Cm (C, Eb, G); F (F, A, C)".
  function chordsInText(answer) {
    const chords = [];
    const pattern = /([A-G][^\s(,;:]*) \(([A-G][#b]{0,2}(?:, [A-G][#b]{0,2})+)\)/g;
    let match;
    while ((match = pattern.exec(answer)) !== null) chords.push({ symbol: match[1], notes: match[2].split(", ") });
    return chords;
  }

  function keyField(key) {
    const match = /^([A-G](?:#|b)?) (major|minor)$/.exec(key || "");
    return match ? match[1] + (match[2] === "minor" ? "m" : "") : null;
  }

  // ABC for a theory answer (the ask JSON's "theory"), or null when it has no notes worth drawing.
  function theoryAbc(reported, answer) {
    if (!reported || !reported.notes || reported.notes.length === 0) return null;
    // The ask JSON nests the intent's fields under "details"; GET /api/theory puts them at the top.
    const theory = Object.assign({}, reported.details || {}, reported);
    const title = theory.symbol || theory.name || (theory.tonic && theory.scale ? theory.tonic + " " + theory.scale : "");
    switch (theory.intent) {
      case "key_signature": {
        const key = keyField(theory.key);
        return key ? header(theory.key).replace("K:C", "K:" + key) + "x4 |]\n" : null;
      }
      case "scale": {
        const notes = stack(theory.notes.concat([theory.notes[0]]), 4);
        return notes && header(title) + bar(notes, null, false).replace(/\|$/, "|]") + "\n";
      }
      case "roman_numeral": {
        const chords = chordsInText(answer || "");
        if (chords.length === 0) break;
        const bars = chords.map(c => { const notes = stack(c.notes, 4); return notes && bar(notes, c.symbol, true); });
        return bars.every(Boolean) ? header(theory.key || "") + bars.join(" ").replace(/\|$/, "|]") + "\n" : null;
      }
      default:
        break;
    }
    if (theory.notes.length > 8) return null;
    const notes = theory.pitches && theory.pitches.length === theory.notes.length ? stack(theory.pitches, 4) : stack(theory.notes, 4);
    return notes && header(theory.symbol ? "" : title) + bar(notes, theory.symbol, true).replace(/\|$/, "|]") + "\n";
  }

  // ---- Drawing and playing ABC.
  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The notes abcjs hears in a tune, in seconds, for CadenzaSynth.
  const THEORY_QPM = 100;

  function notesOf(tune, withChords, hasTempo) {
    const audio = tune.setUpAudio(hasTempo ? { chordsOff: !withChords } : { chordsOff: !withChords, qpm: THEORY_QPM });
    const wholeNote = 4 * 60 / (audio.tempo || THEORY_QPM);
    const notes = [];
    for (const track of audio.tracks) {
      for (const event of track) {
        if (event.cmd === "note" && event.pitch !== undefined) {
          notes.push({ pitch: event.pitch, onset: event.start * wholeNote, duration: event.duration * wholeNote,
            velocity: event.volume || 80, channel: 0 });
        }
      }
    }
    return notes;
  }

  // A figure: the staff, and a ▶ Play button when the tune has notes. Returns null without abcjs.
  function staff(abc, label, withChords) {
    if (!window.ABCJS) return null;
    const figure = element("figure", "music");
    const paper = element("div", "staff");
    figure.appendChild(paper);
    const tunes = window.ABCJS.renderAbc(paper, abc, { responsive: "resize", add_classes: true, paddingtop: 0, paddingbottom: 0 });
    const svg = paper.querySelector("svg");
    if (svg) { svg.setAttribute("role", "img"); svg.setAttribute("aria-label", label); }
    const notes = tunes.length ? notesOf(tunes[0], withChords, /^Q:/m.test(abc)) : [];
    if (notes.length) {
      const play = element("button", "play", "\u25B6 Play");
      play.type = "button";
      play.setAttribute("aria-label", "Play " + label);
      play.addEventListener("click", () => {
        const synth = window.CadenzaSynth.synth;
        if (play.getAttribute("aria-pressed") === "true") { synth.stop(); return; }
        play.setAttribute("aria-pressed", "true");
        play.textContent = "\u25A0 Stop";
        synth.play(notes, () => { play.setAttribute("aria-pressed", "false"); play.textContent = "\u25B6 Play"; });
      });
      figure.appendChild(play);
    }
    figure.appendChild(element("figcaption", "visually-hidden", label));
    return figure;
  }

  // ---- Piano fingering on an SVG keyboard (the "fingering" object of docs/piano.md).
  const SVG = "http://www.w3.org/2000/svg";
  const WHITE_WIDTH = 22;
  const BLACK_PITCHES = new Set([1, 3, 6, 8, 10]);

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // One hand's notes on the keys they use (plus a little either side), each pressed key labelled with its finger.
  function keyboard(hand) {
    const pitches = hand.notes.map(n => n.midi);
    let low = Math.min(...pitches) - 2, high = Math.max(...pitches) + 2;
    while (BLACK_PITCHES.has(((low % 12) + 12) % 12)) low--;
    while (BLACK_PITCHES.has(high % 12)) high++;
    const fingers = new Map(hand.notes.map(n => [n.midi, n.finger]));
    const whites = [];
    for (let p = low; p <= high; p++) if (!BLACK_PITCHES.has(p % 12)) whites.push(p);
    const width = whites.length * WHITE_WIDTH, height = 96;
    const names = hand.notes.map(n => pretty(n.note) + " " + n.finger).join(", ");
    const root = svg("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height, class: "keyboard",
      role: "img", "aria-label": hand.hand + " hand: " + names });
    const xOf = new Map();
    whites.forEach((p, i) => xOf.set(p, i * WHITE_WIDTH));
    const label = (p, x, y, black) => {
      if (!fingers.has(p)) return;
      root.appendChild(svg("circle", { cx: x, cy: y, r: 8, class: "finger" + (black ? " on-black" : "") }));
      root.appendChild(svg("text", { x: x, y: y + 4, "text-anchor": "middle", class: "finger-number" }, String(fingers.get(p))));
    };
    for (const p of whites) {
      root.appendChild(svg("rect", { x: xOf.get(p), y: 0, width: WHITE_WIDTH, height: height, class: "white-key" + (fingers.has(p) ? " pressed" : "") }));
      label(p, xOf.get(p) + WHITE_WIDTH / 2, height - 14, false);
    }
    for (let p = low; p <= high; p++) {
      if (!BLACK_PITCHES.has(p % 12)) continue;
      const x = xOf.get(p - 1) + WHITE_WIDTH * 0.68;
      root.appendChild(svg("rect", { x: x, y: 0, width: WHITE_WIDTH * 0.64, height: 58, class: "black-key" + (fingers.has(p) ? " pressed" : "") }));
      label(p, x + WHITE_WIDTH * 0.32, 44, true);
    }
    return root;
  }

  function fingering(music) {
    const box = element("div", "fingering");
    for (const position of music.positions || []) {
      box.appendChild(element("p", "position", pretty(music.subject + ", " + position.label)));
      for (const hand of position.hands) {
        const row = element("div", "hand");
        row.appendChild(element("span", "hand-name", hand.hand === "left" ? "Left hand" : "Right hand"));
        row.appendChild(keyboard(hand));
        box.appendChild(row);
      }
    }
    return box;
  }

  window.CadenzaMusic = { pretty: pretty, theoryAbc: theoryAbc, staff: staff, fingering: fingering };
})();
