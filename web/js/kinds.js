// What each card kind is called on screen, shared by the room and the recap.
import { t } from './i18n.js';

/**
 * The label of a kind (in `words`' language, the page's by default); an unknown one (a newer
 * server's) is made readable from its id.
 */
export function kindLabel(kind, words = t) {
  const key = `kind.${kind}`;
  const label = words(key);
  if (label !== key) return label;
  const text = String(kind || 'card').replace(/[-_]+/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
