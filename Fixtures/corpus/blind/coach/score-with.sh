#!/usr/bin/env bash
# Scores the coach against the labelled drafts in drafts.yaml.
# Usage: score-with.sh PATH_TO_THIRSTY_BINARY
# The coach counts as judging a draft bad when `flagged` is true or any of
# status.relax / status.value / status.sincere is "fail".
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: $0 THIRSTY_BINARY" >&2
  exit 64
fi
BIN=$1
HERE=$(cd "$(dirname "$0")" && pwd)
exec python3 - "$BIN" "$HERE" <<'PY'
import json, subprocess, sys, os

binary, here = sys.argv[1], sys.argv[2]

def unquote(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    return v.split(" #")[0].strip()

def load_drafts(path):
    """Reads the small, fixed shape of drafts.yaml (stdlib only, no YAML library)."""
    drafts, cur, in_text = [], None, False
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if in_text:
                if line.startswith("      ") or line.strip() == "":
                    cur["text"] += line[6:] + "\n"
                    continue
                in_text = False
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            if line.startswith("  - "):
                cur = {"text": ""}
                drafts.append(cur)
                s = line[4:]
            elif not line.startswith("    "):
                continue
            key, _, val = s.partition(":")
            key = key.strip()
            if key == "text":
                in_text = True
            elif cur is not None:
                cur[key] = unquote(val)
    for d in drafts:
        d["text"] = d["text"].rstrip("\n")
        for k in ("context", "with", "label", "text"):
            if not d.get(k):
                sys.exit(f"drafts.yaml: a draft is missing {k!r}: {d}")
        if d["label"] not in ("ok", "bad"):
            sys.exit(f"drafts.yaml: bad label {d['label']!r}")
    return drafts

drafts = load_drafts(os.path.join(here, "drafts.yaml"))
tp = fn = okpass = okfail = 0
rows = []
for i, d in enumerate(drafts, 1):
    r = subprocess.run([binary, "coach", os.path.join(here, d["context"]), "--with", d["with"],
                        "--draft", d["text"], "--format", "json"], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"draft {i} ({d['context']} -> {d['with']}): coach exited {r.returncode}: {r.stderr.strip()}")
    out = json.loads(r.stdout)
    status = out.get("status") or {}
    judged_bad = bool(out.get("flagged")) or any(status.get(k) == "fail" for k in ("relax", "value", "sincere"))
    judged = "bad" if judged_bad else "ok"
    if d["label"] == "bad":
        tp += judged_bad
        fn += not judged_bad
    else:
        okpass += not judged_bad
        okfail += judged_bad
    mark = "  " if judged == d["label"] else "XX"
    rows.append(f"{mark} {i:3d} {d['context']:<18} {d['with']:<8} label={d['label']:<3} coach={judged:<3} {d.get('why','')}")

print("\n".join(rows))
n = len(drafts)
nbad, nok = tp + fn, okpass + okfail
print()
print(f"drafts: {n} (bad {nbad}, ok {nok})")
print(f"accuracy: {(tp + okpass) / n:.3f}  ({tp + okpass}/{n})")
print(f"recall on bad: {tp / nbad:.3f}  ({tp}/{nbad})" if nbad else "recall on bad: n/a")
print(f"pass rate on ok: {okpass / nok:.3f}  ({okpass}/{nok})" if nok else "pass rate on ok: n/a")
PY
