// The room page: finds out who you are, joins if needed, connects, and keeps the views in step
// with the session state.
import { requestJson } from './api.js';
import { createBalanceView } from './balance.js';
import { createBoard } from './board.js';
import { kindLabel } from './kinds.js';
import { createCoachHint } from './coach.js';
import { statusLabel } from './commitment-format.js';
import { createCommitmentsView } from './commitments.js';
import { Connection } from './connection.js';
import { adoptFragment, canConnect, forgetToken, save } from './credentials.js';
import { createCue } from './cue.js';
import { h, setOptions, setText, show } from './dom.js';
import { createFacilitatorPanel, inviteLink } from './facilitator.js';
import { createFlaggedView } from './flagged.js';
import { createFloor } from './floor.js';
import { roleLabel, createPeopleView } from './people.js';
import { createPhaseView } from './phase-view.js';
import {
  applyEvent, fromWelcome, participantById, postingRule, roleOf,
} from './session-state.js';

const $ = (id) => document.getElementById(id);

const STATUS_TEXT = {
  idle: 'Not connected',
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  stopped: 'Offline',
};

const match = window.location.pathname.match(/^\/s\/([^/]+)(?:\/facilitate)?\/?$/);
const sessionId = match ? decodeURIComponent(match[1]) : null;

let credential = sessionId ? adoptFragment(sessionId) : null;
let connection = null;
let state = null;
let me = null;
let welcomeRole = null;
let status = 'connecting';
let alertTimer = null;
let wasDisconnected = false;
let justJoined = false;
let clockSkewMs = 0;

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
});

const peopleView = createPeopleView({ list: $('people'), count: $('people-count') });

const board = createBoard({
  heading: $('board-heading'),
  current: $('board-current'),
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
});

const serverNow = () => Date.now() + clockSkewMs;
const floor = createFloor($('floor'), (command, args) => send(command, args), serverNow, $('sound-toggle'));
const cue = createCue($('sound-cue'), $('phase'));
const coachHint = createCoachHint($('card-text'), $('coach-hint'), () => (state && state.phase ? state.phase.coach : 'none'));
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
  presenterForm: $('presenter-form'),
  presenterSelect: $('presenter-select'),
  floorControls: $('floor-controls'),
  giveForm: $('give-form'),
  giveSelect: $('give-select'),
  queueBlock: $('queue-block'),
  queueList: $('queue-list'),
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
}, (command, args) => send(command, args), () => inviteLink(sessionId, credential && credential.inviteCode),
() => ({ sessionId, token: credential ? credential.token : null }));

function send(command, args = {}) {
  if (!connection) return null;
  const opId = connection.send(command, args);
  renderOutbox();
  return opId;
}

// What happens in one batch of events (a phase change and its opening turn, say) is announced
// together, so one message does not cut off the other.
let announcements = [];
let announceTimer = null;
function announce(text) {
  if (!text) return;
  announcements.push(text);
  if (announceTimer) return;
  announceTimer = setTimeout(() => {
    const region = $('announcer');
    const message = announcements.join(' ');
    announcements = [];
    announceTimer = null;
    region.textContent = '';
    setTimeout(() => {
      region.textContent = message;
    }, 60);
  }, 120);
}

function shorten(text, max = 140) {
  const value = String(text || '').replace(/\s+/g, ' ').trim();
  return [...value].length > max ? `${[...value].slice(0, max - 1).join('')}…` : value;
}

function nameOf(participantId) {
  if (participantId === me) return 'You';
  return (state && participantById(state, participantId)?.name) || 'Someone';
}

function ownerWords(commitment) {
  if (commitment.ownerId === me) return 'You';
  return commitment.ownerName || nameOf(commitment.ownerId);
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
  setText($('connection-text'), STATUS_TEXT[status] || status);
  renderOutbox();
}

function renderOutbox() {
  const pending = connection ? connection.pending : 0;
  const indicator = $('connection');
  indicator.title = pending > 0 ? `${pending} change${pending === 1 ? '' : 's'} waiting to be sent` : '';
  const text = STATUS_TEXT[status] || status;
  setText($('connection-text'), pending > 0 && status !== 'live'
    ? `${text} (${pending} waiting)` : text);
}

function renderAddCard() {
  const form = $('add-card');
  const rule = postingRule(state, me);
  show(form, rule.allowed);
  setText($('add-card-closed'), rule.reason);
  show($('add-card-closed'), !rule.allowed && !state.ended);
  if (!rule.allowed) {
    coachHint.reset();
    return;
  }
  const phase = state.phase;
  setOptions($('card-kind'), phase.cardKinds.map((kind) => ({ value: kind, label: kindLabel(kind) })));
  const columns = phase.layout === 'columns';
  show($('card-column-field'), columns);
  if (columns) {
    const names = [...new Set(state.cards.filter((c) => c.phaseId === phase.id && c.column).map((c) => c.column))];
    $('card-columns').replaceChildren(...names.map((name) => h('option', { value: name })));
  }
}

function render() {
  if (!state) return;
  rememberTurn();
  const role = myRole();
  const self = participantById(state, me);
  setText($('session-title'), state.title || 'Session room');
  document.title = `${state.phase ? state.phase.name + ' · ' : ''}${state.title || 'Room'} · Roundtable`;
  setText($('whoami'), self ? `You: ${self.name} · ${roleLabel(role)}` : '');
  show($('ended-banner'), state.ended);
  document.body.classList.toggle('is-ended', state.ended);
  phaseView.update(state, me);
  renderAddCard();
  board.update(state, me);
  peopleView.update(state, me);
  commitmentsView.update(state, me, role);
  facilitatorPanel.update(state, role, me);
  balanceView.update(state, role);
  flaggedView.update(state, role);
  floor.update(state, me, role);
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
  me = frame.participantId;
  welcomeRole = frame.role;
  const first = !state;
  if (!frame.resumed || !state) state = keepTurnStart(fromWelcome(frame.state || {}, frame.serverTime), state);
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

function describe(event, before) {
  switch (event.type) {
    case 'phase.changed':
      return state.phase ? `The group moved to phase ${state.phase.index + 1}: ${state.phase.name}.` : '';
    case 'turn.changed':
      if (event.speakerId) return event.speakerId === me ? 'You have the floor.' : `${nameOf(event.speakerId)} has the floor.`;
      return before.turn.speakerId ? 'Nobody has the floor now.' : '';
    case 'timer.expired':
      return event.timer === 'phase' ? 'Time is up for this phase.' : '';
    case 'card.spotlighted': {
      const card = event.cardId ? state.cards.find((c) => c.id === event.cardId) : null;
      if (!card) return 'The spotlight is off.';
      const text = card.text == null ? 'a private draft' : `“${shorten(card.text)}”`;
      return `In the spotlight: ${text}, by ${card.authorId === me ? 'you' : nameOf(card.authorId)}.`;
    }
    case 'facilitator.handed':
      if (event.toId === me) return 'You are now the facilitator. The facilitation controls are yours.';
      if (event.fromId === me) return `${nameOf(event.toId)} is now the facilitator; you take part as a participant.`;
      return `${nameOf(event.toId)} is now the facilitator.`;
    case 'session.ended':
      return 'The session has ended.';
    case 'participant.joined':
      return event.participantId !== me ? `${event.name} joined.` : '';
    case 'commitment.added':
      return event.commitment ? `${ownerWords(event.commitment)} made a commitment: “${shorten(event.commitment.text)}”.` : '';
    case 'commitment.reported':
      return event.commitment
        ? `${ownerWords(event.commitment)} reported back on “${shorten(event.commitment.text, 80)}”: ${statusLabel(event.commitment.status)}.` : '';
    default:
      return '';
  }
}

function onEvent(event) {
  const before = state;
  state = applyEvent(state, event);
  if (state === before) return;
  announce(describe(event, before));
  // Only a timer that ends now rings; one replayed after a long drop of the connection does not.
  if (event.type === 'timer.expired' && event.timer === 'phase' && Math.abs(serverNow() - (event.at || 0)) < 10000) {
    cue.timerEnded();
  }
  if (event.type === 'phase.changed') coachHint.reset();
  render();
  // The new facilitator sees the coach's verdicts from now on; a full welcome brings those of the
  // cards already on the board.
  if (event.type === 'facilitator.handed' && event.toId === me && connection) setTimeout(() => connection && connection.refresh(), 0);
}

function onStatus(next) {
  if (next === 'reconnecting' && status === 'live') {
    wasDisconnected = true;
    announce('The connection dropped. Reconnecting…');
  } else if (next === 'live' && wasDisconnected) {
    wasDisconnected = false;
    announce('Connected again.');
  }
  status = next;
  renderConnection();
}

function onFatal(code, message) {
  connection = null;
  credential = forgetToken(sessionId);
  status = 'stopped';
  renderConnection();
  show($('room'), false);
  show($('loading'), false);
  if (credential && credential.inviteCode) {
    showJoin(`${message || 'Your place in this session is no longer valid.'} Join again below.`);
  } else {
    showNoAccess(message || 'Your link to this session is no longer valid. Ask the facilitator for a new invite link.');
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
      onCommandError: (frame, item) => {
        const message = frame.message || 'The server refused that change.';
        // A refused commitment or report says so beside its form; anything else above the board.
        if (!(item && commitmentsView.failed(item.command, item.args, message))) showAlert(message);
        render();
      },
      onOutbox: renderOutbox,
      onFatal,
    },
  });
  connection.start();
}

// ---- joining ----

function showJoin(message) {
  show($('loading'), false);
  show($('join'), true);
  const error = $('join-error');
  setText(error, message || '');
  show(error, Boolean(message));
  show($('connection'), false);
}

function showNoAccess(message) {
  show($('loading'), false);
  show($('no-access'), true);
  if (message) setText($('no-access-text'), message);
  show($('connection'), false);
}

$('join-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = $('join-name');
  const error = $('join-error');
  const button = $('join-button');
  const name = input.value.trim();
  if (!name) {
    input.setAttribute('aria-invalid', 'true');
    setText(error, 'Enter the name the others will see.');
    show(error, true);
    input.focus();
    return;
  }
  input.removeAttribute('aria-invalid');
  show(error, false);
  button.disabled = true;
  try {
    const joined = await requestJson('POST', `/api/sessions/${encodeURIComponent(sessionId)}/participants`, {
      name,
      inviteCode: credential.inviteCode,
    });
    credential = save(sessionId, { ...credential, token: joined.token, participantId: joined.participantId });
    show($('join'), false);
    justJoined = true;
    connect();
  } catch (failure) {
    setText(error, failure.message);
    show(error, true);
    input.focus();
  } finally {
    button.disabled = false;
  }
});

// ---- adding cards ----

$('add-card').addEventListener('submit', (event) => {
  event.preventDefault();
  const textarea = $('card-text');
  const text = textarea.value.trim();
  if (!text) {
    textarea.setAttribute('aria-invalid', 'true');
    showAlert('Write something on the card first.');
    textarea.focus();
    return;
  }
  textarea.removeAttribute('aria-invalid');
  const args = { kind: $('card-kind').value, text };
  const column = $('card-column').value.trim();
  if (state.phase.layout === 'columns' && column) args.column = column;
  if ($('card-off-record').checked) args.offRecord = true;
  send('card.add', args);
  textarea.value = '';
  coachHint.reset();
  $('card-off-record').checked = false;
  textarea.focus();
});

$('card-text').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    $('add-card').requestSubmit();
  }
});

// Coming back online or back to the tab is a good moment to retry at once instead of waiting.
window.addEventListener('online', () => connection && connection.reconnectNow());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && connection) connection.reconnectNow();
});

// ---- start ----

if (!sessionId) {
  showNoAccess('This address does not point to a session. Check the link you were given.');
} else if (canConnect(credential)) {
  connect();
} else if (credential && credential.inviteCode) {
  showJoin();
  $('join-name').focus();
} else {
  showNoAccess();
}
