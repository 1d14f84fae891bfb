#pragma once
#include "shell/syntax_tree.h"

namespace sweepc::shell {

// Whether the commands inside a `$(...)` print a number (or nothing) by construction, so a variable
// assigned from it needs no digits check before an integer test. Recognised, as the last command of
// the pipeline (after pass-through filters such as `head`, `tail`, `sort`, `xargs`):
//   `date +%s`, `wc -l|-c|-w|-m` reading standard input, `grep -c`, `tr -dc 0-9`,
//   `awk` whose every print is arithmetic (`print m+0`, `print NR`) or a bare numeric printf format,
//   `nvidia-smi --query-gpu=... --format=...nounits`, `python3 -c` printing only len()/int(),
//   `echo 0`; and `A || B` when both sides are such commands (`grep -c x || true`).
bool prints_only_numbers(const SyntaxNode& command_substitution);

}  // namespace sweepc::shell
