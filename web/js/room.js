// The room page: finds out who you are, joins if needed, connects, and keeps the views in step
// with the session state.
import { createBalanceView } from './balance.js';
import { createBoard } from './board.js';
import { createCoachHint } from './coach.js';
import { createCommitmentsView } from './commitments.js';
import { createComposer } from './composer.js';
import { Connection } from './connection.js';
import { sessions } from './credentials.js';
import { createCue } from './cue.js';
import { createDevicePanel } from './device.js';
import { setText, show } from './dom.js';
import { createFacilitatorPanel, inviteLink } from './facilitator.js';
import { createFlaggedView } from './flagged.js';
import { createFloor } from './floor.js';
import { createJoin } from './join.js';
import { roleLabel, createPeopleView } from './people.js';
import { createPhaseView } from './phase-view.js';
import { createRelated } from './related.js';
import { applyEvent, fromWelcome, participantById, roleOf } from './session-state.js';
import { createAnnouncer } from './announcer.js';
import { createTakeover } from './takeover.js';
import { refusal } from './api.js';
import { t } from './i18n.js';
import { mountLanguagePickers } from './language-picker.js';

const $ = (id) => document.getElementById(id);

mountLanguagePickers();

const match = window.location.pathname.match(/^\/s\/([^/]+)(?:\/facilitate)?\/?$/);
const sessionId = match ? decodeURIComponent(match[1]) : null;

let credential = sessionId ? sessions.adoptFragment(sessionId) : null;
let connection = null;
let state = null;
let me = null;
let welcomeRole = null;
let status = 'connecting';
let alertTimer = null;
let wasDisconnected = false;
/** This page reconnects of its own accord (see onEvent): not a drop to announce. */
let refreshing = false;
let justJoined = false;
let clockSkewMs = 0;
let publicUrl = null;
/** The seq of the last event the state includes. */
let seenSeq = 0;
/** Cards the server refused that were not put back in the box: they wait on the board to be picked up. */
let refusedCards = [];

const serverNow = () => Date.now() + clockSkewMs;
const origin = () => publicUrl || window.location.origin;
const session = () => ({ sessionId, token: credential ? credential.token : null });
const announcer = createAnnouncer($('announcer'));

// ---- views ----

const phaseView = createPhaseView({
  step: $('phase-step'),
  name: $('phase-name'),
  purpose: $('phase-purpose'),
  prompts: $('phase-prompts'),
  promptsBlock: $('phase-prompts-block'),
  meta: $('phase-meta'),
  presenter: $('phase-presenter'),
  progress: $('progress'),
  issue: $('issue-reminder'),
  issueList: $('issue-reminder-list'),
});

const peopleView = createPeopleView({ list: $('people'), count: $('people-count') });

const related = createRelated({
  panel: $('related'),
  status: $('related-status'),
  list: $('related-list'),
  issuesHeading: $('related-issues-heading'),
  issues: $('related-issues'),
  form: $('approach-form'),
  context: $('approach-context'),
  approach: $('approach-approach'),
  outcome: $('approach-outcome'),
  error: $('approach-error'),
  save: $('approach-save'),
  cancel: $('approach-cancel'),
  done: $('approach-status'),
}, session);

const coachHint = createCoachHint($('card-text'), $('coach-hint'), () => (state && state.phase ? state.phase.coach : 'none'),
  () => (state && state.language) || 'en');

const composer = createComposer({
  form: $('add-card'),
  kind: $('card-kind'),
  text: $('card-text'),
  count: $('card-text-count'),
  hint: $('card-text-hint'),
  error: $('add-card-error'),
  notice: $('kind-notice'),
  button: $('add-card-button'),
  column: $('card-column'),
  columnField: $('card-column-field'),
  columns: $('card-columns'),
  offRecord: $('card-off-record'),
  closed: $('add-card-closed'),
}, {
  send: (args) => send('card.add', args),
  live: () => status === 'live',
  coachReset: () => coachHint.reset(),
});

const board = createBoard({
  heading: $('board-heading'),
  current: $('board-current'),
  waiting: $('board-waiting'),
  empty: $('board-empty'),
  others: $('board-others'),
  othersList: $('board-others-list'),
  spotlight: $('spotlight'),
  spotlightList: $('spotlight-list'),
}, {
  edit: (cardId, text) => send('card.edit', { cardId, text }),
  remove: (cardId) => send('card.remove', { cardId }),
  react: (cardId) => send('card.react', { cardId }),
  spotlight: (cardId) => send('card.spotlight', { cardId }),
  saveApproach: (card) => related.saveFrom(card),
  retry: (local) => {
    if ($('card-text').value.trim()) {
      showAlert(t('room.boxTaken'));
      return;
    }
    refusedCards = refusedCards.filter((c) => c.opId !== local.opId);
    composer.refused(local, local.message);
    render();
  },
  discard: (local) => {
    refusedCards = refusedCards.filter((c) => c.opId !== local.opId);
    render();
  },
});

const pending = (opId) => Boolean(connection && connection.isPending(opId));
const floor = createFloor($('floor'), (command, args) => send(command, args), serverNow, $('sound-toggle'), pending);
const cue = createCue($('sound-cue'), $('phase'));
const takeover = createTakeover({ banner: $('takeover'), text: $('takeover-text'), button: $('takeover-button') },
  (command, args) => send(command, args), serverNow);
const commitmentsView = createCommitmentsView({
  panel: $('commitments'),
  intro: $('commitments-intro'),
  earlier: $('commitments-earlier'),
  earlierProgress: $('commitments-earlier-progress'),
  earlierList: $('commitments-earlier-list'),
  today: $('commitments-today'),
  todayList: $('commitments-today-list'),
  empty: $('commitments-empty'),
  make: $('commit-make'),
  makeForm: $('commit-form'),
  makeText: $('commit-text'),
  makeCount: $('commit-text-count'),
  makeDue: $('commit-due'),
  makeDueHint: $('commit-due-hint'),
  makeError: $('commit-error'),
  mainSlot: $('phase'),
  sideSlot: $('people-panel'),
}, {
  add: (args) => send('commitment.add', args),
  report: (args) => send('commitment.report', args),
});
const balanceView = createBalanceView({
  panel: $('balance'), summary: $('balance-summary'), reading: $('balance-reading'), list: $('balance-bars'),
}, serverNow);
const flaggedView = createFlaggedView({
  panel: $('flagged'), list: $('flagged-list'), empty: $('flagged-empty'), count: $('flagged-count'),
});
const facilitatorPanel = createFacilitatorPanel({
  panel: $('facilitator'),
  controls: $('facilitator-controls'),
  ended: $('facilitator-ended'),
  previous: $('phase-previous'),
  next: $('phase-next'),
  nextHint: $('next-hint'),
  jumpForm: $('jump-form'),
  jumpSelect: $('jump-select'),
  timerForm: $('timer-form'),
  timerMinutes: $('timer-minutes'),
  timerError: $('timer-error'),
  presenterForm: $('presenter-form'),
  presenterSelect: $('presenter-select'),
  floorControls: $('floor-controls'),
  giveForm: $('give-form'),
  giveSelect: $('give-select'),
  queueBlock: $('queue-block'),
  queueList: $('queue-list'),
  callForm: $('call-form'),
  callUrl: $('call-url'),
  callError: $('call-error'),
  ownBlock: $('own-link-block'),
  ownInput: $('own-link'),
  ownCopy: $('own-link-copy'),
  ownStatus: $('own-link-status'),
  handoffForm: $('handoff-form'),
  handoffSelect: $('handoff-select'),
  handoffButton: $('handoff-button'),
  handoffConfirm: $('handoff-confirm'),
  handoffQuestion: $('handoff-question'),
  handoffYes: $('handoff-yes'),
  handoffNo: $('handoff-no'),
  recapExpiry: $('recap-expiry'),
  recapCreate: $('recap-create'),
  recapLinkBlock: $('recap-link-block'),
  recapInput: $('recap-link'),
  recapCopy: $('recap-copy'),
  recapExpires: $('recap-expires'),
  recapOpen: $('recap-open'),
  recapRevoke: $('recap-revoke'),
  recapStatus: $('recap-status'),
  endButton: $('end-session'),
  endConfirm: $('end-confirm'),
  endYes: $('end-yes'),
  endNo: $('end-no'),
  inviteBlock: $('invite-block'),
  inviteInput: $('invite-link'),
  inviteCopy: $('invite-copy'),
  inviteStatus: $('invite-status'),
  inviteMissing: $('invite-missing'),
}, (command, args) => send(command, args), () => ({
  invite: inviteLink(sessionId, credential && credential.inviteCode, origin()),
  own: personalLink(),
}), session, pending);

const devicePanel = createDevicePanel({
  panel: $('you'),
  input: $('device-link-input'),
  copy: $('device-link-copy'),
  status: $('device-link-status'),
  forget: $('forget-me'),
  confirm: $('forget-confirm'),
  yes: $('forget-yes'),
  no: $('forget-no'),
}, personalLink, forgetMe);

const join = createJoin({
  section: $('join'),
  form: $('join-form'),
  name: $('join-name'),
  count: $('join-name-count'),
  button: $('join-button'),
  error: $('join-error'),
  preview: $('join-preview'),
  what: $('join-what'),
  agreementBlock: $('join-agreement-block'),
  agreement: $('join-agreement'),
  intro: $('join-intro'),
}, sessionId, (joined) => {
  credential = sessions.save(sessionId, { ...credential, token: joined.token, participantId: joined.participantId });
  show($('join'), false);
  justJoined = true;
  connect();
});

/** The link that opens this room as you: your token travels in the fragment, never to the server. */
function personalLink() {
  if (!sessions.opens(credential)) return '';
  const path = state && myRole() === 'facilitator' ? `/s/${encodeURIComponent(sessionId)}/facilitate`
    : `/s/${encodeURIComponent(sessionId)}`;
  return `${origin()}${path}#${sessions.fragment(credential)}`;
}

function send(command, args = {}) {
  if (!connection) return null;
  const opId = connection.send(command, args);
  render();
  return opId;
}

function showAlert(message) {
  const box = $('board-alert');
  setText(box, message);
  clearTimeout(alertTimer);
  alertTimer = setTimeout(() => setText(box, ''), 8000);
}

// The role comes from the state's participants, which change live when the role is handed on;
// the welcome's role is only the fallback before the state knows this participant.
function myRole() {
  return roleOf(state, me, welcomeRole);
}

// ---- rendering ----

function renderConnection() {
  const indicator = $('connection');
  indicator.dataset.status = status;
  const pending = connection ? connection.pending : 0;
  indicator.title = pending > 0 ? t('connection.pendingTitle', { count: pending }) : '';
  const text = t(`connection.${status}`);
  setText($('connection-text'), pending > 0 && status !== 'live' ? t('connection.withPending', { status: text, count: pending }) : text);
}

/**
 * This page's cards the board does not show yet: being sent, waiting for the link, or refused. A card
 * arrives as an event a moment before its ack; once the board holds it, it is not shown twice.
 */
function localCards() {
  const held = composer.holding();
  const onBoard = (item) => state.cards.some((c) => c.authorId === me && c.kind === item.args.kind && c.text === item.args.text);
  const waiting = connection ? connection.unacknowledged()
    .filter((item) => item.command === 'card.add' && item.opId !== held && !(status === 'live' && onBoard(item)))
    .map((item) => ({ opId: item.opId, args: item.args, status: status === 'live' ? 'sending' : 'waiting' })) : [];
  return waiting.concat(refusedCards);
}

function render() {
  renderConnection();
  if (!state) return;
  rememberTurn();
  const role = myRole();
  const self = participantById(state, me);
  setText($('session-title'), state.title || t('room.sessionRoom'));
  document.title = state.phase ? t('room.titleInPhase', { phase: state.phase.name, title: state.title || t('room.sessionRoom') })
    : t('room.titleOnly', { title: state.title || t('room.sessionRoom') });
  setText($('whoami'), self ? t('room.whoami', { name: self.name, role: roleLabel(role) }) : '');
  show($('ended-banner'), state.ended);
  $('recap-for-you').href = `/s/${encodeURIComponent(sessionId)}/recap`;
  document.body.classList.toggle('is-ended', state.ended);
  const call = $('call-link');
  show(call, Boolean(state.callLink));
  if (state.callLink && call.getAttribute('href') !== state.callLink) call.href = state.callLink;
  setText($('agreement-line'), state.agreement ? t('room.agreementLine', { agreement: state.agreement }) : '');
  show($('agreement-line'), Boolean(state.agreement));
  phaseView.update(state, me);
  composer.update(state, me);
  board.update(state, me, localCards());
  peopleView.update(state, me, status === 'live');
  commitmentsView.update(state, me, role);
  facilitatorPanel.update(state, role, me);
  balanceView.update(state, role);
  flaggedView.update(state, role);
  floor.update(state, me, role);
  takeover.update(state, role);
  related.update(state, seenSeq);
  devicePanel.update(true);
  show($('to-controls'), role === 'facilitator' && !state.ended);
}

// ---- what happens on the wire ----

// The state says who speaks but not since when (unless the turn is timed). This tab remembers when
// the current turn began, so a reload or a full welcome keeps the "for m:ss" running.
const TURN_KEY = `roundtable.turn.${sessionId}`;

function rememberTurn() {
  try {
    const turn = state && state.turn;
    if (turn && turn.speakerId && typeof turn.since === 'number') {
      sessionStorage.setItem(TURN_KEY, JSON.stringify({ speakerId: turn.speakerId, phaseId: state.phase.id, since: turn.since }));
    } else {
      sessionStorage.removeItem(TURN_KEY);
    }
  } catch {
    // nice to have only
  }
}

function keepTurnStart(next, previous) {
  const turn = next.turn;
  if (!turn.speakerId || typeof turn.since === 'number') return next;
  let known = previous && previous.turn.speakerId === turn.speakerId && previous.phase.id === next.phase.id
    ? previous.turn.since : null;
  if (typeof known !== 'number') {
    try {
      const stored = JSON.parse(sessionStorage.getItem(TURN_KEY) || 'null');
      if (stored && stored.speakerId === turn.speakerId && stored.phaseId === next.phase.id) known = stored.since;
    } catch {
      known = null;
    }
  }
  return typeof known === 'number' ? { ...next, turn: { ...turn, since: known } } : next;
}

function onWelcome(frame) {
  // Timers count down against the server's clock, whatever this device's clock says.
  if (typeof frame.serverTime === 'number') clockSkewMs = frame.serverTime - Date.now();
  if (typeof frame.publicUrl === 'string') publicUrl = frame.publicUrl;
  me = frame.participantId;
  welcomeRole = frame.role;
  if (typeof frame.seq === 'number') seenSeq = frame.seq;
  const first = !state;
  if (!frame.resumed || !state) state = keepTurnStart(fromWelcome(frame.state || {}, frame.serverTime), state);
  // "Your sessions on this device" on the start page lists it by title and role.
  credential = sessions.save(sessionId, { ...credential, title: state.title, role: myRole(), seenAt: Date.now() });
  show($('loading'), false);
  show($('join'), false);
  show($('no-access'), false);
  show($('room'), true);
  render();
  if (first && justJoined) {
    // The join form is gone; start keyboard and screen reader users at the phase.
    justJoined = false;
    $('phase').focus();
  }
}

function onEvent(event, seq) {
  if (typeof seq === 'number') seenSeq = seq;
  const before = state;
  state = applyEvent(state, event);
  if (state === before) return;
  announcer.announce(announcer.describe(event, before, state, me));
  // Only a timer that ends now rings; one replayed after a long drop of the connection does not.
  if (event.type === 'timer.expired' && event.timer === 'phase' && Math.abs(serverNow() - (event.at || 0)) < 10000) {
    cue.timerEnded();
  }
  if (event.type === 'phase.changed') coachHint.reset();
  const roleChanged = (event.type === 'facilitator.handed' || event.type === 'facilitator.claimed')
    && (event.toId === me || event.fromId === me);
  if (roleChanged) credential = sessions.save(sessionId, { ...credential, role: myRole() });
  render();
  // The new facilitator sees the coach's verdicts from now on; a full welcome brings those of the
  // cards already on the board.
  if (roleChanged && event.toId === me && connection) {
    setTimeout(() => {
      if (!connection) return;
      refreshing = true;
      connection.refresh();
    }, 0);
  }
}

function onStatus(next) {
  // A reconnect the page asked for is not announced as lost and back: those words would follow the
  // news that caused it ("You are now the facilitator") and cut it off.
  if (next === 'reconnecting' && status === 'live') {
    wasDisconnected = !refreshing;
    if (wasDisconnected) announcer.announce(t('room.dropped'));
    composer.linkDown();
  } else if (next === 'live' && wasDisconnected) {
    wasDisconnected = false;
    announcer.announce(t('room.back'));
  }
  if (next === 'live') refreshing = false;
  status = next;
  render();
}

function onCommandError(frame, item) {
  const message = frame.message ? refusal(frame.code, frame.message) : t('room.refused');
  if (item && item.command === 'card.add') {
    // A refused card is never lost: back into the box, or kept on the board to be picked up.
    if (!composer.refused(item, message)) refusedCards.push({ opId: item.opId, args: item.args, status: 'failed', message });
  } else if (!(item && commitmentsView.failed(item.command, item.args, message))) {
    // A refused commitment or report says so beside its form; anything else above the board.
    showAlert(message);
  }
  render();
}

function onFatal(code, message) {
  connection = null;
  credential = sessions.forgetToken(sessionId);
  status = 'stopped';
  renderConnection();
  show($('room'), false);
  show($('loading'), false);
  show($('connection'), false);
  if (credential && credential.inviteCode) {
    join.show(credential.inviteCode, t('room.joinAgain', { message: message ? refusal(code, message) : t('room.placeGone') }));
  } else {
    showNoAccess(message ? refusal(code, message) : t('room.linkGone'));
  }
}

function connect() {
  show($('loading'), true);
  show($('connection'), true);
  connection = new Connection({
    sessionId,
    token: credential.token,
    participantId: credential.participantId,
    handlers: {
      onStatus,
      onWelcome,
      onEvent,
      onAck: (opId) => {
        composer.acknowledged(opId);
        render();
      },
      onCommandError,
      onDurable: (durableSeq) => related.stored(durableSeq),
      onOutbox: () => render(),
      onFatal,
    },
  });
  connection.start();
}

/** "Forget me on this device": the secret, the outbox and the remembered turn go from this browser. */
function forgetMe() {
  if (connection) connection.stop();
  connection = null;
  Connection.forgetOutboxes(sessionId);
  sessions.forget(sessionId);
  credential = null;
  state = null;
  try {
    sessionStorage.removeItem(TURN_KEY);
    localStorage.removeItem(`roundtable.recap.${sessionId}`);
  } catch {
    // nothing kept
  }
  show($('room'), false);
  show($('connection'), false);
  showNoAccess(t('room.forgotten'));
}

// ---- no way in ----

function showNoAccess(message) {
  show($('loading'), false);
  show($('no-access'), true);
  if (message) setText($('no-access-text'), message);
  show($('connection'), false);
}

// Coming back online or back to the tab is a good moment to retry at once instead of waiting.
window.addEventListener('online', () => connection && connection.reconnectNow());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && connection) connection.reconnectNow();
});

// ---- start ----

if (!sessionId) {
  showNoAccess(t('room.noSession'));
} else if (sessions.opens(credential)) {
  connect();
} else if (credential && credential.inviteCode) {
  show($('loading'), false);
  show($('connection'), false);
  join.show(credential.inviteCode);
} else {
  showNoAccess();
}
