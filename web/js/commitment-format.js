// How a commitment reads on screen, shared by the room and the recap: its status in words, its due
// date as a day, and the parts of a report-back. Text only; the callers put it in through text nodes.

/** Where a commitment stands, in the words the group page uses too. */
const STATUS_LABELS = {
  open: 'Open',
  done: 'Done',
  partly: 'Partly done',
  dropped: 'Dropped',
  changed: 'Changed course',
};

/** The choices of a report-back, in the order the form offers them. */
export const REPORT_STATUSES = [
  { value: 'done', label: 'Done' },
  { value: 'partly', label: 'Partly' },
  { value: 'dropped', label: 'Dropped' },
  { value: 'changed', label: 'Changed' },
];

/** The parts of a report, as they read to everyone once saved. */
export const REPORT_PARTS = [
  { key: 'tried', label: 'What was tried' },
  { key: 'happened', label: 'What happened' },
  { key: 'differently', label: 'Next time' },
];

export function statusLabel(status) {
  if (STATUS_LABELS[status]) return STATUS_LABELS[status];
  const text = String(status || 'open').replace(/[-_]+/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

let dayFormat = null;
/** "Fri, 17 May 2030" for "2030-05-17", read as that calendar day wherever the reader is. */
export function dueDay(isoDate) {
  if (typeof isoDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate || '';
  const at = Date.parse(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(at)) return isoDate;
  try {
    dayFormat = dayFormat || new Intl.DateTimeFormat(undefined, {
      weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC',
    });
    return dayFormat.format(new Date(at));
  } catch {
    return isoDate;
  }
}

/** Whether a commitment came along from an earlier meeting rather than being made in this session. */
export function broughtIn(commitment, sessionId) {
  return Boolean(commitment.sessionId) && commitment.sessionId !== sessionId;
}
