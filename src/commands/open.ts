/** `followup open <customer>`: the customer's file in the user's editor; a warning if it no longer reads. */
import type { Context } from '../context.js';
import { issue, UserError, type Issue } from '../domain/errors.js';
import { outcome, type Outcome } from '../outcome.js';

export default async function open(ctx: Context, [query]: string[]): Promise<Outcome> {
  const book = ctx.notebook();
  const customer = await book.find(query!, { for: 'write' });
  const file = book.display(customer.relPath);
  const { editFile } = await import('../adapters/editor.js');
  editFile(file, ctx.io.env, ctx.io.cwd);
  // What the person saved is theirs; a file the tool can no longer read is said, not changed.
  const warnings: Issue[] = [];
  try {
    await book.get(customer.relPath);
  } catch (e) {
    if (!(e instanceof UserError) || e.issue.code !== 'file.broken') throw e;
    warnings.push(issue('open.unreadable', { file: customer.relPath, issue: e.issue.params.issue, line: e.issue.params.line }));
  }
  return outcome({ result: { name: customer.profile.name, file: customer.relPath }, warnings });
}
