"""Checks of train_qlora.py that need only the standard library: defaults, validation, data checks, --help."""

import contextlib
import io
import json
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_qlora  # noqa: E402

SCRIPT = Path(__file__).resolve().parent / "train_qlora.py"
RECORD = "<s>[INST] <<SYS>>\nYou are Cadenza.\n<</SYS>>\n\n{q} [/INST] {a} </s>"


def write_jsonl(directory: Path, name: str, rows: list) -> Path:
    path = directory / name
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


class DefaultsTest(unittest.TestCase):
    def test_defaults_reproduce_the_original_recipe(self):
        args = train_qlora.parse_args([])
        expected = {
            "base_model": "meta-llama/Llama-2-7b-chat-hf", "use_4bit": True, "bnb_4bit_quant_type": "nf4",
            "bf16": False, "fp16": False, "use_nested_quant": False, "lora_r": 8, "lora_alpha": 16,
            "lora_dropout": 0.1, "learning_rate": 2e-4, "num_train_epochs": 2, "per_device_train_batch_size": 4,
            "gradient_accumulation_steps": 2, "optim": "paged_adamw_32bit", "weight_decay": 0.001,
            "max_grad_norm": 0.3, "warmup_ratio": 0.03, "lr_scheduler_type": "constant", "seed": 42,
            "gradient_checkpointing": True, "group_by_length": True, "text_field": "text",
        }
        self.assertEqual({k: getattr(args, k) for k in expected}, expected)

    def test_every_setting_is_a_flag(self):
        args = train_qlora.parse_args(["--lora-r", "16", "--bf16", "--seed", "7", "--no-use-4bit"])
        self.assertEqual((args.lora_r, args.bf16, args.seed, args.use_4bit), (16, True, 7, False))

    def test_bad_values_are_usage_errors(self):
        for argv in (["--lora-r", "0"], ["--lora-dropout", "1"], ["--bf16", "--fp16"], ["--warmup-ratio", "-0.1"]):
            with self.subTest(argv=argv), self.assertRaises(SystemExit) as raised, \
                    contextlib.redirect_stderr(io.StringIO()):
                train_qlora.parse_args(argv)
            self.assertEqual(raised.exception.code, 2)


class SftKeywordsTest(unittest.TestCase):
    def test_uses_the_names_the_installed_trl_knows(self):
        args = train_qlora.parse_args(["--max-seq-length", "512", "--eval-file", "valid.jsonl"])
        old = train_qlora.sft_keywords({"max_seq_length", "evaluation_strategy", "eval_steps", "seed"}, args, True)
        new = train_qlora.sft_keywords({"max_length", "eval_strategy", "eval_steps", "seed"}, args, True)
        self.assertEqual(old, {"max_seq_length": 512, "evaluation_strategy": "steps", "eval_steps": 10, "seed": 42})
        self.assertEqual(new, {"max_length": 512, "eval_strategy": "steps", "eval_steps": 10, "seed": 42})

    def test_save_steps_zero_saves_only_the_final_adapter(self):
        kw = train_qlora.sft_keywords({"save_strategy", "save_steps"}, train_qlora.parse_args([]), False)
        self.assertEqual(kw, {"save_strategy": "no"})


class DataChecksTest(unittest.TestCase):
    def setUp(self):
        self.dir = Path(tempfile.mkdtemp())
        self.eval_file = write_jsonl(self.dir, "questions.jsonl", [
            {"id": "x", "question": "What is a deceptive cadence?", "answer": "V to vi.", "relevant": []}])

    def test_reads_records_and_reports_a_bad_line(self):
        path = self.dir / "train.jsonl"
        path.write_text(json.dumps({"text": "ok"}) + "\n{broken\n", encoding="utf-8")
        with self.assertRaises(SystemExit) as raised:
            train_qlora.read_records(path, "text")
        self.assertIn("line 2: not valid JSON", str(raised.exception))

    def test_a_record_without_text_is_rejected(self):
        path = write_jsonl(self.dir, "train.jsonl", [{"prompt": "q"}])
        with self.assertRaises(SystemExit) as raised:
            train_qlora.read_records(path, "text")
        self.assertIn("line 1: expected an object with a non-empty string 'text'", str(raised.exception))

    def test_finds_evaluation_questions_inside_training_text(self):
        records = [{"text": RECORD.format(q="What is a  DECEPTIVE cadence?", a="V to vi.")},
                   {"text": RECORD.format(q="What is a plagal cadence?", a="IV to I.")}]
        leaks = train_qlora.find_eval_leaks(records, train_qlora.read_eval_questions(self.eval_file), "text")
        self.assertEqual(leaks, [(1, "what is a deceptive cadence?")])

    def test_a_folder_of_evaluation_sets_contributes_questions_and_follow_ups_of_four_words_or_more(self):
        folder = self.dir / "evalsets"
        folder.mkdir()
        write_jsonl(folder, "a.jsonl", [{"question": "picardy third"}, {"question": "whats the diff between modes"}])
        write_jsonl(folder, "b.jsonl", [{"question": "what is the neapolitan chord", "followup": "where does it go?"},
                                        {"question": "spell vii7 of V", "followup": "and in A minor please?"}])
        self.assertEqual(train_qlora.read_eval_questions(folder),
                         ["whats the diff between modes", "what is the neapolitan chord", "where does it go?",
                          "spell vii7 of v", "and in a minor please?"])

    def test_dry_run_refuses_training_data_that_contains_evaluation_questions(self):
        train = write_jsonl(self.dir, "train.jsonl", [{"text": RECORD.format(q="What is a deceptive cadence?", a="V-vi")}])
        with self.assertRaises(SystemExit) as raised:
            train_qlora.main(["--train-file", str(train), "--exclude-questions", str(self.eval_file), "--dry-run"])
        self.assertIn("1 evaluation question(s)", str(raised.exception))

    def test_dry_run_plans_without_the_training_libraries(self):
        train = write_jsonl(self.dir, "train.jsonl", [{"text": RECORD.format(q=f"Q{i}?", a="A")} for i in range(17)])
        result = subprocess.run([sys.executable, str(SCRIPT), "--train-file", str(train), "--exclude-questions",
                                 str(self.eval_file), "--dry-run"], capture_output=True, text=True, check=True)
        plan = json.loads(result.stdout)
        # 17 records, 4 per device x 2 accumulation = 8 per optimizer step: ceil(17 / 8) = 3
        self.assertEqual(plan["optimizer_steps_per_epoch_on_one_gpu"], 3)
        self.assertEqual(plan["train_records"], 17)

    def test_records_off_the_llama2_template_are_counted(self):
        self.assertEqual(train_qlora.off_template([{"text": "<s>[INST] q [/INST] a </s>"}, {"text": "q a"}], "text"), 1)


class LossHistoryTest(unittest.TestCase):
    def test_writes_json_and_one_csv_row_per_logged_loss(self):
        out = Path(tempfile.mkdtemp())
        history = [{"step": 10, "epoch": 0.5, "loss": 1.9, "learning_rate": 2e-4},
                   {"step": 20, "epoch": 1.0, "eval_loss": 1.7},
                   {"step": 20, "train_runtime": 12.0}]
        train_qlora.write_loss_history(history, out)
        self.assertEqual(json.loads((out / "loss_history.json").read_text()), history)
        rows = (out / "loss.csv").read_text().splitlines()
        self.assertEqual(rows, ["step,epoch,loss,eval_loss,learning_rate,grad_norm", "10,0.5,1.9,,0.0002,", "20,1.0,,1.7,,"])


class HelpTest(unittest.TestCase):
    def test_help_works_without_the_training_libraries(self):
        result = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, check=True)
        for flag in ("--lora-r", "--bf16", "--merge", "--seed", "--optim"):
            self.assertIn(flag, result.stdout)


if __name__ == "__main__":
    unittest.main()
