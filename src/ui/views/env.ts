/** What every view gets: the colours, the width to fit (null: no limit), the words. */
import type { Messages } from '../../i18n/messages.js';
import type { Colors } from '../color.js';

export interface ViewEnv {
  colors: Colors;
  width: number | null;
  t: Messages;
}
