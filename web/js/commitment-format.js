// How a commitment reads on screen, shared by the room and the recap: its status in words, its due
// date as a day, and the parts of a report-back. Text only; the callers put it in through text nodes.
import { dateFormat, t } from './i18n.js';

/** The choices of a report-back, in the order the form offers them. */
export const REPORT_STATUSES = ['done', 'partly', 'dropped', 'changed'];

/** The parts of a report, as they read to everyone once saved (labels: report.part.{key}). */
export const REPORT_PARTS = ['tried', 'happened', 'differently'];

export function reportPartLabel(key, words = t) {
  return words(`report.part.${key}`);
}

/** Where a commitment stands, in the words the group page uses too. */
export function statusLabel(status, words = t) {
  const key = `status.${status || 'open'}`;
  const label = words(key);
  if (label !== key) return label;
  const text = String(status || 'open').replace(/[-_]+/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Fri, 17 May 2030" for "2030-05-17" (in the page's language), read as that calendar day wherever the reader is. */
export function dueDay(isoDate, code = undefined) {
  if (typeof isoDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate || '';
  const at = Date.parse(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(at)) return isoDate;
  return dateFormat({ weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }, code).format(new Date(at));
}

/** Whether a commitment came along from an earlier meeting rather than being made in this session. */
export function broughtIn(commitment, sessionId) {
  return Boolean(commitment.sessionId) && commitment.sessionId !== sessionId;
}
