/**
 * Completion scripts for bash, zsh and fish, generated from the command specs (never a list
 * written by hand). Customer names come from `followup __complete customers` at completion
 * time: the notebook's file names, one a line, without reading any file.
 */
import type { CommandSpec } from '../specs.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export interface Completable {
  commands: { name: string; help: string; flags: string[]; takesCustomer: boolean }[];
  globals: string[];
}

/** What completes, from the specs: visible commands, their flags, which take a customer. */
export function completable(commands: Record<string, CommandSpec>, globals: string[], about: (name: string) => string): Completable {
  return {
    commands: Object.entries(commands)
      .filter(([, spec]) => spec.hidden !== true)
      .map(([name, spec]) => ({
        name,
        help: about(name),
        flags: Object.values(spec.options).flatMap((o) => o.flags.split(/[ ,]+/).filter((f) => f.startsWith('-'))),
        takesCustomer: spec.args[0]?.name === '<customer>',
      })),
    globals,
  };
}

const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

function bash(c: Completable): string {
  const cases = c.commands
    .map((x) => `    ${x.name}) flags=${sq([...x.flags, ...c.globals].join(' '))}; customers=${x.takesCustomer ? 1 : 0} ;;`)
    .join('\n');
  return `# bash completion for followup: eval "$(followup completion bash)" in ~/.bashrc
_followup() {
  local cur cmd flags customers i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      --dir|--today) ((i++)) ;;
      -*) ;;
      *) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  if [[ -z "$cmd" ]]; then
    if [[ "$cur" == -* ]]; then
      COMPREPLY=($(compgen -W ${sq(c.globals.join(' '))} -- "$cur"))
    else
      COMPREPLY=($(compgen -W ${sq(c.commands.map((x) => x.name).join(' '))} -- "$cur"))
    fi
    return
  fi
  flags=""; customers=0
  case "$cmd" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "$flags" -- "$cur"))
  elif [[ $customers == 1 ]]; then
    local IFS=$'\\n'
    COMPREPLY=($(compgen -W "$(followup __complete customers 2>/dev/null)" -- "$cur"))
  fi
}
complete -o default -F _followup followup
`;
}

function zsh(c: Completable): string {
  const commands = c.commands.map((x) => `    ${sq(`${x.name.replace(/:/g, '\\:')}:${x.help}`)}`).join('\n');
  const cases = c.commands
    .map((x) => `    ${x.name}) flags=(${[...x.flags, ...c.globals].map(sq).join(' ')}); customers=${x.takesCustomer ? 1 : 0} ;;`)
    .join('\n');
  return `#compdef followup
# zsh completion for followup: put this output in a file named _followup on your $fpath,
# or eval "$(followup completion zsh)" in ~/.zshrc after compinit.
_followup() {
  local -a commands flags
  local customers=0 cmd
  commands=(
${commands}
  )
  if (( CURRENT == 2 )); then
    if [[ $PREFIX == -* ]]; then compadd -- ${c.globals.map(sq).join(' ')}; else _describe command commands; fi
    return
  fi
  cmd=\${words[2]}
  case $cmd in
${cases}
  esac
  if [[ $PREFIX == -* ]]; then
    compadd -- $flags
  elif (( customers )); then
    local -a names
    names=(\${(f)"$(followup __complete customers 2>/dev/null)"})
    compadd -- $names
  else
    _files
  fi
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _followup "$@"; else compdef _followup followup; fi
`;
}

function fish(c: Completable): string {
  const lines = [
    '# fish completion for followup: followup completion fish > ~/.config/fish/completions/followup.fish',
    'complete -c followup -f',
    `complete -c followup -n __fish_use_subcommand -l dir -r -F -d 'the notebook folder'`,
    ...c.commands.map((x) => `complete -c followup -n __fish_use_subcommand -a ${sq(x.name)} -d ${sq(x.help)}`),
  ];
  for (const x of c.commands) {
    for (const f of [...x.flags, ...c.globals]) {
      const opt = f.startsWith('--') ? `-l ${sq(f.slice(2))}` : `-s ${sq(f.slice(1))}`;
      lines.push(`complete -c followup -n '__fish_seen_subcommand_from ${x.name}' ${opt}`);
    }
    if (x.takesCustomer) lines.push(`complete -c followup -n '__fish_seen_subcommand_from ${x.name}' -a '(followup __complete customers 2>/dev/null)'`);
    if (x.name === 'import' || x.name === 'demo' || x.name === 'init') lines.push(`complete -c followup -n '__fish_seen_subcommand_from ${x.name}' -F`);
  }
  return lines.join('\n') + '\n';
}

/** The script for a shell. */
export function completionScript(shell: Shell, c: Completable): string {
  return shell === 'bash' ? bash(c) : shell === 'zsh' ? zsh(c) : fish(c);
}
