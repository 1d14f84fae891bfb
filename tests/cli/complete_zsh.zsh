# Usage: zsh -f complete_zsh.zsh FOLDER LINE  Starts an interactive zsh on a pseudo-terminal with
# FOLDER (holding _sweepc) first in $fpath and compinit loaded, types LINE and a TAB, and prints
# each candidate zsh's completion system offers, one per line, sorted.
zmodload zsh/zpty
zpty completion zsh -f -i
zpty -w completion "PROMPT=''; fpath=(${(q)1} \$fpath); autoload -U compinit; compinit -u -D"
# Every candidate passes through compadd; report the ones it adds (not its -O/-A/-D queries).
zpty -w completion 'compadd() { if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi; local -a hits; builtin compadd -A hits "$@"; local hit; for hit in $hits; do print -r -- "<candidate>$hit</candidate>"; done; builtin compadd "$@"; }'
zpty -w completion "zstyle ':completion:*' insert-tab false"
zpty -w completion "print '<ready>'"
zpty -r completion line '*<ready>*'
zpty -r completion line '*<ready>*'
zpty -w completion "$2"$'\t'
zpty -w completion $'\C-u'"print '<done>'"$'\n'
zpty -r completion out '*<done>*<done>*'
print -r -- "$out" | tr '\r' '\n' | grep -ao '<candidate>.*</candidate>' | sed 's/^<candidate>//; s/<\/candidate>$//' | sort -u
zpty -d completion
