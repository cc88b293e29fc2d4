// What each card kind is called on screen, shared by the room and the recap.

const KIND_LABELS = {
  issue: 'Issue',
  question: 'Question',
  experience: 'Experience',
  move: 'Move',
  failure: 'Failure',
  surprise: 'Surprise',
  approach: 'Approach',
  story: 'Story',
  takeaway: 'Takeaway',
  commitment: 'Commitment',
  orientation: 'Orientation',
  note: 'Note',
};

/** The label of a kind; an unknown one (a newer server's) is made readable from its id. */
export function kindLabel(kind) {
  if (KIND_LABELS[kind]) return KIND_LABELS[kind];
  const text = String(kind || 'card').replace(/[-_]+/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
