#!/usr/bin/env python3
"""Writes tasks.jsonl: piano-tutor questions in the original study's task types, each with an exact
expectation computed here, independently of the Java code (own note spelling, scale fingerings from the
published thumb rule, chord fingerings by inversion, arpeggio groups). Run from this folder; seeded."""
import json, random

random.seed(14)
LETTERS = "CDEFGAB"
NATURAL = [0, 2, 4, 5, 7, 9, 11]
BLACK = {1, 3, 6, 8, 10}
ACC = {"": 0, "#": 1, "b": -1, "##": 2, "bb": -2}

def parse(name):
    return name[0], ACC[name[1:]]

def pc(note):
    return (NATURAL[LETTERS.index(note[0])] + note[1]) % 12

def text(note, octave=None):
    sym = {0: "", 1: "#", -1: "b", 2: "##", -2: "bb"}[note[1]]
    return note[0] + sym + ("" if octave is None else str(octave))

def up(note, steps, semis):
    li = LETTERS.index(note[0]) + steps
    letter = LETTERS[li % 7]
    target = NATURAL[LETTERS.index(note[0])] + note[1] + semis
    acc = target - (NATURAL[li % 7] + 12 * (li // 7))
    return (letter, acc)

def spell(tonic, formula):
    """formula: list of (letter steps, semitones) above the tonic."""
    return [up(tonic, s, t) for s, t in formula]

MAJOR = [(0, 0), (1, 2), (2, 4), (3, 5), (4, 7), (5, 9), (6, 11)]
NAT_MIN = [(0, 0), (1, 2), (2, 3), (3, 5), (4, 7), (5, 8), (6, 10)]
HARM_MIN = NAT_MIN[:6] + [(6, 11)]
MEL_MIN = NAT_MIN[:5] + [(5, 9), (6, 11)]

def with_octaves(notes, octave):
    """Pitches ascending from the first note in the given octave (letter-step octave counting)."""
    out, o, prev = [], octave, None
    for n in notes:
        if prev is not None and LETTERS.index(n[0]) <= LETTERS.index(prev[0]):
            o += 1
        out.append(text(n, o))
        prev = n
    return out

def runs_thumbs(notes, first):
    """Thumb indices (0..6) by the white-run rule: the first (right hand) or last (left hand) white key of each run."""
    white = [pc(n) not in BLACK for n in notes]
    thumbs = []
    for i in range(7):
        if not white[i]:
            continue
        if first and not white[(i - 1) % 7]:
            thumbs.append(i)
        if not first and not white[(i + 1) % 7]:
            thumbs.append(i)
    return thumbs

def rule_fingers(notes, right, thumbs):
    fingers = []
    for i in range(8):
        j = i % 7
        if right:
            d = min((j - t) % 7 for t in thumbs)
            fingers.append(d + 1)
        else:
            d = min((t - j) % 7 for t in thumbs)
            fingers.append(d + 1)
    if right and fingers[7] == 1:
        fingers[7] = fingers[6] + 1
    if not right and fingers[0] == 1:
        fingers[0] = fingers[1] + 1
    return fingers

def scale_fingers(tonic, kind, notes):
    t = text(tonic)
    if tonic[1] == 0 and t in "CDEGA":
        return [1, 2, 3, 1, 2, 3, 4, 5], [5, 4, 3, 2, 1, 3, 2, 1]
    if t == "F":
        return [1, 2, 3, 4, 1, 2, 3, 4], [5, 4, 3, 2, 1, 3, 2, 1]
    if t in ("B", "Cb"):
        return [1, 2, 3, 1, 2, 3, 4, 5], [4, 3, 2, 1, 4, 3, 2, 1]
    rh = rule_fingers(notes, True, runs_thumbs(notes, True))
    lh_first = kind != "natural minor" and pc(tonic) == 3 and kind.endswith("minor")
    lh = rule_fingers(notes, False, runs_thumbs(notes, lh_first))
    if pc(tonic) == 10 and kind in ("harmonic minor", "melodic minor"):
        # Published exception: Bb minor's raised A takes 3, not the thumb, in either hand.
        rh = [4, 1, 2, 3, 1, 2, 3, 4]
        lh = [2, 1, 3, 2, 1, 4, 3, 2]
    return rh, lh

SCALE_Q = ["What are the fingerings for the {s} scale on piano?", "How do you play the {s} scale on the piano?",
           "What is the fingering for the {s} scale?", "Can you give me the piano fingering for the {s} scale?",
           "How should I finger the {s} scale on piano?"]
CHORD_Q = ["How do you play a {c} chord on piano?", "How do I play {c} on the piano?",
           "What is the fingering for a {c} chord on piano?", "How do you play the {c} chord in {inv} on piano?"]
MELODY_Q = ["Compose a melody using the progression of {p}.", "Write a melody over the chords {p}.",
            "Create a melody in ABC notation using the progression {p}.", "Compose a melody for the chord progression {p}.",
            "Can you write a melody over {p}?"]

tasks = []
def add(kind, q, expect):
    tasks.append({"id": f"{kind}-{len(tasks) + 1:03d}", "type": kind, "question": q, "expect": expect})

def scale_task(tonic_name, kind, formula):
    tonic = parse(tonic_name)
    notes = spell(tonic, formula)
    rh, lh = scale_fingers(tonic, kind, notes)
    s = f"{tonic_name} {kind}"
    q = random.choice(SCALE_Q).format(s=s)
    add("fingering", q, {"position": 0, "hands": {
        "right": {"notes": with_octaves(notes + [tonic], 4), "fingers": rh},
        "left": {"notes": with_octaves(notes + [tonic], 3), "fingers": lh}}})

for t in ["C", "G", "D", "A", "E", "B", "F#", "Db", "Ab", "Eb", "Bb", "F", "C#", "Gb", "Cb"]:
    scale_task(t, "major", MAJOR)
for t in ["A", "E", "B", "F#", "C#", "G#", "D#", "Eb", "Bb", "F", "C", "G", "D"]:
    scale_task(t, "natural minor", NAT_MIN)
    scale_task(t, "harmonic minor", HARM_MIN)
    scale_task(t, "melodic minor", MEL_MIN)

TRIADS = {"": [(0, 0), (2, 4), (4, 7)], "m": [(0, 0), (2, 3), (4, 7)]}
SEVENTHS = {"7": [(0, 0), (2, 4), (4, 7), (6, 10)], "maj7": [(0, 0), (2, 4), (4, 7), (6, 11)],
            "m7": [(0, 0), (2, 3), (4, 7), (6, 10)], "m7b5": [(0, 0), (2, 3), (4, 6), (6, 10)]}
WORDS = {"": "major", "m": "minor", "7": "dominant 7", "maj7": "major 7", "m7": "minor 7", "m7b5": "half-diminished 7"}
RH = {3: [[1, 3, 5], [1, 2, 5], [1, 3, 5]], 4: [[1, 2, 3, 5], [1, 2, 4, 5], [1, 2, 3, 5], [1, 2, 3, 5]]}
LH = {3: [[5, 3, 1], [5, 3, 1], [5, 2, 1]], 4: [[5, 3, 2, 1], [5, 3, 2, 1], [5, 3, 2, 1], [5, 4, 2, 1]]}
INV = ["root position", "first inversion", "second inversion", "third inversion"]
roots = ["C", "D", "E", "F", "G", "A", "B", "Bb", "Eb", "Ab", "F#", "C#", "Db"]
for i in range(52):
    root = random.choice(roots)
    suffix = random.choice(list(TRIADS) + list(SEVENTHS))
    formula = {**TRIADS, **SEVENTHS}[suffix]
    tones = spell(parse(root), formula)
    inv = random.randrange(len(tones)) if i % 2 else 0
    rotated = tones[inv:] + tones[:inv]
    name = root + " " + WORDS[suffix] if i % 3 else root + suffix
    template = CHORD_Q[3] if inv else random.choice(CHORD_Q[:3])
    q = template.format(c=name, inv=INV[inv])
    n = len(tones)
    add("fingering", q, {"position": 0, "hands": {
        "right": {"notes": with_octaves(rotated, 4), "fingers": RH[n][inv]},
        "left": {"notes": with_octaves(rotated, 3), "fingers": LH[n][inv]}}})

# Arpeggios: white-key roots and the all-black F# major / Eb minor 1-2-3-5 and 5-4-2-1 (F# major left hand
# 5-3-2-1); the 2-4 shapes on Db, Eb, Ab major and C#, F#, G# minor; Bb major and minor by the thumb rule.
ARP = {("Db", 0): ("2124", "2142"), ("Eb", 0): ("2124", "2142"), ("Ab", 0): ("2124", "2142"),
       ("C#", 1): ("2124", "2142"), ("F#", 1): ("2124", "2142"), ("G#", 1): ("2124", "2142"),
       ("F#", 0): ("1235", "5321"), ("Eb", 1): ("1235", "5421"), ("Bb", 0): ("2124", "3213"), ("Bb", 1): ("2312", "3213")}
for root in ["C", "G", "D", "A", "E", "B", "F", "Db", "Eb", "Ab", "Bb", "F#"]:
    for minor in (0, 1):
        if (root, minor) in (("Db", 1), ("Ab", 1)):
            continue
        formula = TRIADS["m" if minor else ""]
        tones = spell(parse(root), formula) + [parse(root)]
        rh, lh = ARP.get((root, minor), ("1235", "5421"))
        q = f"What is the fingering for the {root} {'minor' if minor else 'major'} arpeggio on piano?"
        add("fingering", q, {"position": 0, "hands": {
            "right": {"notes": with_octaves(tones, 4), "fingers": [int(c) for c in rh]},
            "left": {"notes": with_octaves(tones, 3), "fingers": [int(c) for c in lh]}}})
for root in ["G#", "C#"]:
    tones = spell(parse(root), TRIADS["m"]) + [parse(root)]
    add("fingering", f"How do you play the {root} minor arpeggio on the piano?", {"position": 0, "hands": {
        "right": {"notes": with_octaves(tones, 4), "fingers": [2, 1, 2, 4]},
        "left": {"notes": with_octaves(tones, 3), "fingers": [2, 1, 4, 2]}}})

# Melodies over progressions written as symbols, hyphenated names, sevenths and quartal chords.
NAMES = {"": "major", "m": "minor", "7": "dominant seventh chord", "maj7": "major seventh", "m7": "minor seventh"}
PROGS = [["C", "Am", "F", "G"], ["G", "Em", "C", "D"], ["D", "Bm", "G", "A"], ["F", "Dm", "Bb", "C"],
         ["Am", "F", "C", "G"], ["Em", "C", "G", "D"], ["C", "F", "G7", "C"], ["Dm7", "G7", "Cmaj7"],
         ["A", "E", "F#m", "D"], ["Bb", "Gm", "Eb", "F7"], ["Eb", "Ab", "Bb7", "Eb"], ["E", "C#m", "A", "B7"],
         ["F#", "D#m", "B", "C#7"], ["Db", "Bbm", "Gb", "Ab7"], ["Am", "Dm", "E7", "Am"], ["Cm", "Fm", "G7", "Cm"],
         ["Gm", "Cm", "D7", "Gm"], ["Em", "Am", "B7", "Em"], ["C", "G", "Am", "Em", "F", "C", "F", "G"],
         ["Ab", "Fm", "Db", "Eb7"], ["B", "G#m", "E", "F#7"], ["F#m", "D", "A", "E"], ["Dm", "Gm", "A7", "Dm"],
         ["C#m", "F#m", "G#7", "C#m"], ["G", "C", "D7", "G"]]
FORMULA = {"": TRIADS[""], "m": TRIADS["m"], **SEVENTHS}

def split(symbol):
    root = symbol[:2] if len(symbol) > 1 and symbol[1] in "#b" else symbol[:1]
    return root, symbol[len(root):]

def expect_chord(symbol):
    root, suffix = split(symbol)
    tones = spell(parse(root), FORMULA[suffix])
    return {"symbol": symbol, "pitchClasses": sorted({pc(t) for t in tones}), "root": pc(parse(root))}

for i in range(100):
    prog = PROGS[i % len(PROGS)]
    style = i // len(PROGS)
    if style == 1:
        written = ", ".join(split(c)[0] + "-" + NAMES[split(c)[1]] for c in prog)
    elif style == 2:
        written = " - ".join(prog)
    else:
        written = ", ".join(prog) if style == 3 else " ".join(prog)
    q = random.choice(MELODY_Q).format(p=written)
    add("melody", q, {"chords": [expect_chord(c) for c in prog], "barsPerChord": 1})
QUARTAL = [("D", ["G", "C"]), ("A", ["D", "G"]), ("E", ["Am", "C"])]
for root, rest in QUARTAL:
    tones = [parse(root), up(parse(root), 3, 5), up(parse(root), 6, 10)]
    chords = [{"symbol": root + "quartal", "pitchClasses": sorted({pc(t) for t in tones}), "root": pc(parse(root))}]
    chords += [expect_chord(c) for c in rest]
    written = f"{root}-quartal trichord, " + ", ".join(split(c)[0] + "-" + NAMES[split(c)[1]] for c in rest)
    add("melody", f"Compose a melody using the progression of {written}.", {"chords": chords, "barsPerChord": 1})
NUMERALS = [("I vi IV V", "G major", ["G", "Em", "C", "D"]), ("ii V I", "F major", ["Gm", "C", "F"]),
            ("i iv V i", "D minor", ["Dm", "Gm", "A", "Dm"]), ("I IV V I", "A major", ["A", "D", "E", "A"]),
            ("vi IV I V", "C major", ["Am", "F", "C", "G"])]
for numerals, key, chords in NUMERALS:
    add("melody", f"Write a melody over {numerals.replace(' ', '-')} in {key}.",
        {"chords": [expect_chord(c) for c in chords], "barsPerChord": 1, "key": key})
for prog, bars in ((["C", "Am", "F", "G"], 2), (["Am", "Dm", "E7", "Am"], 2)):
    add("melody", f"Compose a melody over {' '.join(prog)} with two bars per chord.",
        {"chords": [expect_chord(c) for c in prog], "barsPerChord": bars})

with open("tasks.jsonl", "w") as out:
    for task in tasks:
        out.write(json.dumps(task) + "\n")
print(len(tasks), "tasks:", sum(t["type"] == "melody" for t in tasks), "melodies")
