#!/usr/bin/env python3
"""QLoRA fine-tuning of Llama-2-7b-chat on Cadenza's theory Q&A records.

Each training record is one JSON object per line with a ``text`` field already in the Llama-2 chat
template::

    <s>[INST] <<SYS>>\\n{system}\\n<</SYS>>\\n\\n{user} [/INST] {answer} </s>

The defaults reproduce the original recipe: 4-bit NF4 quantisation with float16 compute (``--bf16``
switches to bfloat16), LoRA r=8, alpha=16, dropout 0.1, learning rate 2e-4 with a constant schedule
and 3% warm-up, 2 epochs, per-device batch 4 with 2 gradient-accumulation steps, paged AdamW 32-bit,
weight decay 0.001, max grad norm 0.3, base model meta-llama/Llama-2-7b-chat-hf, seed 42. Every
setting is a flag (``--help`` lists them with their defaults).

Outputs: the LoRA adapter (``--adapter-dir``), the loss curve as CSV and JSON, the run's settings
with library versions (``run_config.json``), and with ``--merge`` the adapter merged into a float16
copy of the base model (``--merged-dir``), ready for vLLM or GGUF conversion.

torch, transformers, peft, trl and bitsandbytes are imported only after the arguments are parsed and
the data checked, so ``--help`` and ``--dry-run`` work without them (see finetune/requirements.txt).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

LLAMA2_PREFIX = "<s>[INST]"
DEFAULT_EXCLUDE = "eval"
# Shorter questions ("picardy third") are topic names that any record may contain, not leaks.
MIN_EXCLUDED_WORDS = 4


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description="QLoRA fine-tuning of a Llama-2 chat model on JSONL records with a 'text' field.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    data = parser.add_argument_group("data")
    data.add_argument("--train-file", default="finetune/data/train.jsonl", help="training records, one JSON object per line")
    data.add_argument("--eval-file", default=None, help="optional validation records in the same format")
    data.add_argument("--text-field", default="text", help="field holding the templated conversation")
    data.add_argument("--exclude-questions", default=DEFAULT_EXCLUDE,
                      help="evaluation questions that must not occur in the training text (skipped when the file is missing)")
    data.add_argument("--allow-eval-overlap", action="store_true",
                      help="train even when training text contains evaluation questions")
    data.add_argument("--max-seq-length", type=int, default=None, help="truncate sequences to this many tokens (TRL's default when unset)")
    data.add_argument("--packing", action="store_true", help="pack several records into each sequence")

    model = parser.add_argument_group("model and quantisation")
    model.add_argument("--base-model", default="meta-llama/Llama-2-7b-chat-hf", help="Hugging Face id or local path of the base model")
    model.add_argument("--use-4bit", action=argparse.BooleanOptionalAction, default=True, help="load the base model in 4 bits")
    model.add_argument("--bnb-4bit-quant-type", default="nf4", choices=["nf4", "fp4"], help="4-bit quantisation type")
    model.add_argument("--use-nested-quant", action="store_true", help="double quantisation of the 4-bit constants")
    model.add_argument("--bf16", action="store_true",
                       help="bfloat16 compute dtype and bf16 training (Ampere or newer); float16 compute otherwise")
    model.add_argument("--fp16", action="store_true", help="fp16 mixed-precision training (the original recipe trains without it)")

    lora = parser.add_argument_group("LoRA")
    lora.add_argument("--lora-r", type=int, default=8, help="LoRA rank")
    lora.add_argument("--lora-alpha", type=int, default=16, help="LoRA scaling alpha")
    lora.add_argument("--lora-dropout", type=float, default=0.1, help="LoRA dropout")
    lora.add_argument("--lora-target-modules", nargs="+", default=None,
                      help="modules to adapt (PEFT's default for Llama, q_proj and v_proj, when unset)")

    train = parser.add_argument_group("training")
    train.add_argument("--num-train-epochs", type=float, default=2, help="epochs")
    train.add_argument("--max-steps", type=int, default=-1, help="stop after this many steps (-1: run all epochs)")
    train.add_argument("--per-device-train-batch-size", type=int, default=4, help="batch size per GPU")
    train.add_argument("--per-device-eval-batch-size", type=int, default=4, help="evaluation batch size per GPU")
    train.add_argument("--gradient-accumulation-steps", type=int, default=2, help="steps to accumulate before an update")
    train.add_argument("--gradient-checkpointing", action=argparse.BooleanOptionalAction, default=True,
                       help="trade compute for memory")
    train.add_argument("--learning-rate", type=float, default=2e-4, help="peak learning rate")
    train.add_argument("--lr-scheduler-type", default="constant", help="learning-rate schedule")
    train.add_argument("--warmup-ratio", type=float, default=0.03, help="share of steps for linear warm-up")
    train.add_argument("--optim", default="paged_adamw_32bit", help="optimizer")
    train.add_argument("--weight-decay", type=float, default=0.001, help="weight decay")
    train.add_argument("--max-grad-norm", type=float, default=0.3, help="gradient clipping norm")
    train.add_argument("--group-by-length", action=argparse.BooleanOptionalAction, default=True,
                       help="batch records of similar length together")
    train.add_argument("--seed", type=int, default=42, help="seed for model init, data order and dropout")
    train.add_argument("--logging-steps", type=int, default=10, help="log loss every N steps")
    train.add_argument("--save-steps", type=int, default=0, help="checkpoint every N steps (0: only the final adapter)")
    train.add_argument("--report-to", default="none", help="experiment tracker for transformers (none, tensorboard, wandb)")

    out = parser.add_argument_group("outputs")
    out.add_argument("--output-dir", default="finetune/output", help="checkpoints, loss curve and run settings")
    out.add_argument("--adapter-dir", default="finetune/output/adapter", help="where the LoRA adapter is saved")
    out.add_argument("--merge", action="store_true", help="after training, merge the adapter into a float16 base model")
    out.add_argument("--merge-only", action="store_true", help="skip training and merge an existing --adapter-dir")
    out.add_argument("--merged-dir", default="finetune/output/merged", help="where the merged model is saved")
    out.add_argument("--dry-run", action="store_true",
                     help="check arguments and data, print the plan and exit without importing the training libraries")
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(argv)
    positive = {"--lora-r": args.lora_r, "--lora-alpha": args.lora_alpha, "--learning-rate": args.learning_rate,
                "--num-train-epochs": args.num_train_epochs, "--logging-steps": args.logging_steps,
                "--per-device-train-batch-size": args.per_device_train_batch_size,
                "--gradient-accumulation-steps": args.gradient_accumulation_steps}
    for flag, value in positive.items():
        if value <= 0:
            parser.error(f"{flag} must be > 0, got {value}")
    if not 0 <= args.lora_dropout < 1:
        parser.error(f"--lora-dropout must be in [0, 1), got {args.lora_dropout}")
    if not 0 <= args.warmup_ratio < 1:
        parser.error(f"--warmup-ratio must be in [0, 1), got {args.warmup_ratio}")
    if args.bf16 and args.fp16:
        parser.error("--bf16 and --fp16 exclude each other")
    if args.save_steps < 0:
        parser.error(f"--save-steps must be >= 0, got {args.save_steps}")
    return args


def read_records(path: Path, text_field: str) -> list[dict]:
    """Reads JSONL records; every record must be an object with a non-empty string under text_field."""
    if not path.is_file():
        raise SystemExit(f"train_qlora: {path}: no such file (build it with ./cadenza dataset build --out finetune/data)")
    records = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise SystemExit(f"train_qlora: {path}: line {number}: not valid JSON: {e.msg}") from e
            if not isinstance(record, dict) or not isinstance(record.get(text_field), str) or not record[text_field].strip():
                raise SystemExit(f"train_qlora: {path}: line {number}: expected an object with a non-empty string '{text_field}'")
            records.append(record)
    if not records:
        raise SystemExit(f"train_qlora: {path}: no records")
    return records


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


def read_eval_questions(path: Path) -> list[str]:
    """The questions (and follow-ups) of Cadenza's evaluation sets, normalised: one JSONL file, or every
    *.jsonl file in a folder; questions of fewer than MIN_EXCLUDED_WORDS words are left out."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    questions = []
    for file in files:
        with file.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    row = json.loads(line)
                    for field in ("question", "followup"):
                        text = normalise(row.get(field) or "")
                        if len(text.split()) >= MIN_EXCLUDED_WORDS:
                            questions.append(text)
    return questions


def find_eval_leaks(records: list[dict], questions: list[str], text_field: str) -> list[tuple[int, str]]:
    """(record number, question) for every evaluation question found verbatim in a training record."""
    leaks = []
    for number, record in enumerate(records, start=1):
        text = normalise(record[text_field])
        leaks.extend((number, q) for q in questions if q in text)
    return leaks


def off_template(records: list[dict], text_field: str) -> int:
    """How many records do not start with the Llama-2 chat template's '<s>[INST]'."""
    return sum(1 for r in records if not r[text_field].lstrip().startswith(LLAMA2_PREFIX))


def check_data(args: argparse.Namespace) -> tuple[list[dict], list[dict] | None]:
    train = read_records(Path(args.train_file), args.text_field)
    evaluation = read_records(Path(args.eval_file), args.text_field) if args.eval_file else None
    exclude = Path(args.exclude_questions)
    if exclude.exists():
        leaks = find_eval_leaks(train + (evaluation or []), read_eval_questions(exclude), args.text_field)
        if leaks and not args.allow_eval_overlap:
            shown = "; ".join(f"record {n}: {q!r}" for n, q in leaks[:5])
            raise SystemExit(f"train_qlora: {len(leaks)} evaluation question(s) from {exclude} occur in the training data "
                             f"(see eval/EXCLUDE.md): {shown}")
    else:
        print(f"train_qlora: note: {exclude} not found, skipping the evaluation-leak check", file=sys.stderr)
    stray = off_template(train, args.text_field)
    if stray:
        print(f"train_qlora: warning: {stray} of {len(train)} records do not start with {LLAMA2_PREFIX!r}", file=sys.stderr)
    return train, evaluation


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.merge_only:
        if args.dry_run:
            print(f"would merge {args.adapter_dir} into {args.base_model} and save to {args.merged_dir}")
            return 0
        merge_adapter(args)
        return 0
    train, evaluation = check_data(args)
    if args.dry_run:
        steps_per_epoch = -(-len(train) // (args.per_device_train_batch_size * args.gradient_accumulation_steps))
        print(json.dumps({"train_records": len(train), "eval_records": len(evaluation) if evaluation else 0,
                          "optimizer_steps_per_epoch_on_one_gpu": steps_per_epoch, "settings": vars(args)}, indent=2))
        return 0
    train_adapter(args, train, evaluation)
    if args.merge:
        merge_adapter(args)
    return 0


def write_loss_history(log_history: list[dict], output_dir: Path) -> None:
    """The trainer's log history as loss_history.json and, one row per logged step, loss.csv."""
    output_dir.mkdir(parents=True, exist_ok=True)
    (output_dir / "loss_history.json").write_text(json.dumps(log_history, indent=2), encoding="utf-8")
    columns = ["step", "epoch", "loss", "eval_loss", "learning_rate", "grad_norm"]
    with (output_dir / "loss.csv").open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for entry in log_history:
            if "loss" in entry or "eval_loss" in entry:
                writer.writerow({c: entry.get(c, "") for c in columns})


def sft_keywords(field_names: set[str], args: argparse.Namespace, has_eval: bool) -> dict:
    """SFTConfig arguments, spelled for the installed TRL and transformers (a few names changed between releases)."""
    kw = {
        "output_dir": args.output_dir, "num_train_epochs": args.num_train_epochs, "max_steps": args.max_steps,
        "per_device_train_batch_size": args.per_device_train_batch_size,
        "per_device_eval_batch_size": args.per_device_eval_batch_size,
        "gradient_accumulation_steps": args.gradient_accumulation_steps,
        "gradient_checkpointing": args.gradient_checkpointing, "optim": args.optim,
        "learning_rate": args.learning_rate, "weight_decay": args.weight_decay, "max_grad_norm": args.max_grad_norm,
        "warmup_ratio": args.warmup_ratio, "lr_scheduler_type": args.lr_scheduler_type,
        "group_by_length": args.group_by_length, "fp16": args.fp16, "bf16": args.bf16,
        "logging_steps": args.logging_steps, "report_to": args.report_to, "seed": args.seed, "data_seed": args.seed,
        "dataset_text_field": args.text_field, "packing": args.packing,
    }
    if args.save_steps > 0:
        kw.update(save_strategy="steps", save_steps=args.save_steps)
    else:
        kw["save_strategy"] = "no"
    if has_eval:
        strategy_key = "eval_strategy" if "eval_strategy" in field_names else "evaluation_strategy"
        kw.update({strategy_key: "steps", "eval_steps": args.logging_steps})
    if args.max_seq_length is not None:
        kw["max_length" if "max_length" in field_names else "max_seq_length"] = args.max_seq_length
    return {k: v for k, v in kw.items() if k in field_names}


def train_adapter(args: argparse.Namespace, train: list[dict], evaluation: list[dict] | None) -> None:
    import dataclasses
    import inspect

    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig, TrainerCallback, set_seed
    from trl import SFTConfig, SFTTrainer

    set_seed(args.seed)
    compute_dtype = torch.bfloat16 if args.bf16 else torch.float16
    if not torch.cuda.is_available():
        raise SystemExit("train_qlora: no CUDA GPU found; 4-bit QLoRA training needs one (see finetune/README.md)")
    if compute_dtype == torch.float16 and torch.cuda.get_device_capability()[0] >= 8:
        print("train_qlora: note: this GPU supports bfloat16; --bf16 is usually faster and more stable", file=sys.stderr)
    quantization = BitsAndBytesConfig(
        load_in_4bit=args.use_4bit, bnb_4bit_quant_type=args.bnb_4bit_quant_type,
        bnb_4bit_compute_dtype=compute_dtype, bnb_4bit_use_double_quant=args.use_nested_quant)
    model = AutoModelForCausalLM.from_pretrained(
        args.base_model, quantization_config=quantization if args.use_4bit else None,
        torch_dtype=None if args.use_4bit else compute_dtype, device_map={"": 0})
    model.config.use_cache = False
    model.config.pretraining_tp = 1
    tokenizer = AutoTokenizer.from_pretrained(args.base_model)
    tokenizer.pad_token = tokenizer.eos_token
    tokenizer.padding_side = "right"
    first = tokenizer(train[0][args.text_field])["input_ids"]
    if len(first) > 1 and first[0] == first[1] == tokenizer.bos_token_id:
        print("train_qlora: note: records start with a literal <s> and the tokenizer adds BOS too, so sequences begin "
              "with two BOS tokens, as in the original recipe", file=sys.stderr)

    peft_config = LoraConfig(r=args.lora_r, lora_alpha=args.lora_alpha, lora_dropout=args.lora_dropout,
                             bias="none", task_type="CAUSAL_LM", target_modules=args.lora_target_modules)
    fields = {f.name for f in dataclasses.fields(SFTConfig)}
    config = SFTConfig(**sft_keywords(fields, args, evaluation is not None))

    output_dir = Path(args.output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    live_csv = output_dir / "loss_live.csv"

    class LossLogger(TrainerCallback):
        """Appends each logged loss to loss_live.csv as training runs, so a crashed run still leaves its curve."""

        def on_log(self, _args, state, _control, logs=None, **_kwargs):
            if logs and ("loss" in logs or "eval_loss" in logs):
                new = not live_csv.exists()
                with live_csv.open("a", newline="", encoding="utf-8") as out:
                    writer = csv.writer(out)
                    if new:
                        writer.writerow(["step", "epoch", "loss", "eval_loss", "learning_rate"])
                    writer.writerow([state.global_step, logs.get("epoch", state.epoch), logs.get("loss", ""),
                                     logs.get("eval_loss", ""), logs.get("learning_rate", "")])

    live_csv.unlink(missing_ok=True)
    trainer_params = inspect.signature(SFTTrainer.__init__).parameters
    tokenizer_key = "processing_class" if "processing_class" in trainer_params else "tokenizer"
    trainer = SFTTrainer(
        model=model, args=config, peft_config=peft_config, callbacks=[LossLogger()],
        train_dataset=Dataset.from_list([{args.text_field: r[args.text_field]} for r in train]),
        eval_dataset=Dataset.from_list([{args.text_field: r[args.text_field]} for r in evaluation]) if evaluation else None,
        **{tokenizer_key: tokenizer})
    trainer.train()
    trainer.model.save_pretrained(args.adapter_dir)
    tokenizer.save_pretrained(args.adapter_dir)
    write_loss_history(trainer.state.log_history, output_dir)
    write_run_config(args, output_dir, len(train), len(evaluation) if evaluation else 0)
    print(f"train_qlora: adapter saved to {args.adapter_dir}; loss curve in {output_dir / 'loss.csv'}")
    del trainer, model
    torch.cuda.empty_cache()


def merge_adapter(args: argparse.Namespace) -> None:
    """Reloads the base model in float16 (not 4-bit: merging into quantised weights loses precision) and merges the adapter."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    base = AutoModelForCausalLM.from_pretrained(args.base_model, torch_dtype=torch.float16, low_cpu_mem_usage=True,
                                                device_map={"": 0} if torch.cuda.is_available() else None)
    merged = PeftModel.from_pretrained(base, args.adapter_dir).merge_and_unload()
    merged.save_pretrained(args.merged_dir, safe_serialization=True)
    tokenizer = AutoTokenizer.from_pretrained(args.adapter_dir)
    tokenizer.save_pretrained(args.merged_dir)
    print(f"train_qlora: merged model saved to {args.merged_dir}")


def write_run_config(args: argparse.Namespace, output_dir: Path, n_train: int, n_eval: int) -> None:
    """Settings, seed, data sizes and library versions, so a run can be repeated and compared."""
    from importlib.metadata import PackageNotFoundError, version

    versions = {}
    for package in ("torch", "transformers", "peft", "trl", "bitsandbytes", "accelerate", "datasets"):
        try:
            versions[package] = version(package)
        except PackageNotFoundError:
            versions[package] = None
    record = {"settings": vars(args), "seed": args.seed, "train_records": n_train, "eval_records": n_eval,
              "versions": versions}
    (output_dir / "run_config.json").write_text(json.dumps(record, indent=2), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
