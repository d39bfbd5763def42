#!/usr/bin/env bash
# Checks the fine-tuning recipe without a GPU: byte-compiles finetune/*.py, runs the standard-library
# tests, and confirms that --help lists the recipe's flags. When the training libraries are installed it
# also compares their versions with requirements.txt; when they are not, it says so and still exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m py_compile finetune/*.py
echo "finetune: py_compile ok"

python3 -m unittest -q finetune/test_train_qlora.py

help=$(python3 finetune/train_qlora.py --help)
missing=()
for flag in --train-file --eval-file --base-model --use-4bit --bnb-4bit-quant-type --bf16 --lora-r --lora-alpha \
    --lora-dropout --learning-rate --num-train-epochs --per-device-train-batch-size --gradient-accumulation-steps \
    --optim --weight-decay --max-grad-norm --warmup-ratio --lr-scheduler-type --seed --output-dir --adapter-dir \
    --merge --merged-dir --exclude-questions; do
  grep -q -- "$flag" <<<"$help" || missing+=("$flag")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "finetune: --help does not list: ${missing[*]}" >&2
  exit 1
fi
echo "finetune: --help lists every recipe flag"

if python3 -c "import torch, transformers, peft, trl, bitsandbytes" 2>/dev/null; then
  python3 - <<'PY'
from importlib.metadata import version
pins = dict(line.split("==") for line in open("finetune/requirements.txt") if "==" in line and not line.startswith("#"))
for name, pinned in sorted(pins.items()):
    try:
        installed = version(name)
    except Exception:
        installed = "missing"
    mark = "ok" if installed == pinned.strip() else "differs"
    print(f"finetune: {name} {installed} (pinned {pinned.strip()}): {mark}")
PY
else
  echo "finetune: note: torch/transformers/peft/trl/bitsandbytes are not installed here; training needs a GPU machine" \
       "with 'python3 -m pip install -r finetune/requirements.txt'"
fi
