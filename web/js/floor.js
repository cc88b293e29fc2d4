// Who has the floor, for how long, and how much time is left, with the buttons each role needs.
import { h, setText, show } from './dom.js';
import { participantById } from './session-state.js';
import { t } from './i18n.js';

export function clock(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, '0')}`;
}

/** Elapsed time, counted up: whole seconds, rounded down (0:00, 0:01, …). */
export function elapsed(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * @param container the element the floor is drawn in
 * @param send (command, args) → opId
 * @param now () → the server's time in ms (the local clock corrected by welcome's serverTime)
 * @param soundToggle the "Sound at the end of the timer" control, shown when there is a timer
 * @param pending (opId) → whether that command still waits for the server's answer
 */
export function createFloor(container, send, now, soundToggle, pending = () => false) {
  // One click, one command: a button whose last command is still on its way sends nothing more, and
  // the second click of a double-click is not a second command (the first may be answered already).
  const button = (label, command, args, className) => {
    const el = h('button', { type: 'button', class: className }, label);
    let last = null;
    el.addEventListener('click', (event) => {
      if (event.detail > 1 || pending(last)) return;
      last = send(command, typeof args === 'function' ? args() : args);
    });
    return el;
  };
  const speakerName = h('span', { class: 'floor-speaker-name' });
  const speakerFor = h('span', { class: 'floor-for' });
  const speakerLeft = h('span', { class: 'floor-turn-left' });
  const speaker = h('p', { class: 'floor-speaker' }, speakerName, speakerFor, speakerLeft);
  const waiting = h('p', { class: 'floor-waiting' });
  const timer = h('p', { class: 'floor-timer', role: 'timer', 'aria-live': 'off' });
  const mine = {
    raise: button(t('floor.raise'), 'hand.raise', undefined, 'button-primary'),
    lower: button(t('floor.lower'), 'hand.lower'),
    pass: button(t('floor.pass'), 'turn.pass'),
    // Each says whose turn it saw, so a second click never skips the next speaker.
    done: button(t('floor.done'), 'turn.next', () => ({ fromSpeakerId: state.turn.speakerId || '' })),
  };
  const facilitator = {
    start: button(t('floor.start'), 'timer.start'),
    pause: button(t('floor.pause'), 'timer.pause'),
    resume: button(t('floor.resume'), 'timer.resume'),
    extend: button(t('floor.extend'), 'timer.extend', { seconds: 60 }),
    next: button(t('floor.nextTurn'), 'turn.next', () => ({ fromSpeakerId: state.turn.speakerId || '' })),
    reveal: button(t('floor.reveal'), 'card.reveal-all'),
  };
  const who = h('div', { class: 'floor-who' }, speaker, waiting);
  container.append(
    h('div', { class: 'floor-status' }, who, timer),
    h('div', { class: 'floor-actions' }, Object.values(mine)),
    h('div', { class: 'floor-actions floor-facilitator', role: 'group', 'aria-label': t('floor.facilitatorGroup') }, Object.values(facilitator)),
  );
  if (soundToggle) container.append(soundToggle);

  let state = null;
  let me = null;
  let role = null;

  function renderClocks() {
    if (!state) return;
    const phaseTimer = state.timer;
    const left = phaseTimer.running ? phaseTimer.endsAt - now() : phaseTimer.remainingMs;
    let text = '';
    if (phaseTimer.expired && typeof phaseTimer.expiredAt === 'number' && now() - phaseTimer.expiredAt >= 1000 && !state.ended) {
      text = t('floor.overBy', { time: elapsed(now() - phaseTimer.expiredAt) });
    } else if (phaseTimer.expired) text = t('floor.timeUp');
    else if (phaseTimer.running) text = t('floor.left', { time: clock(left) });
    else if (left != null) text = t('floor.paused', { time: clock(left) });
    setText(timer, text);
    const up = Boolean(phaseTimer.expired || (phaseTimer.running && left <= 0));
    timer.classList.toggle('is-up', up);
    timer.classList.toggle('is-paused', !phaseTimer.running && !phaseTimer.expired && left != null);
    show(timer, Boolean(text));

    const turn = state.turn;
    const since = turn.speakerId && typeof turn.since === 'number' ? turn.since : null;
    setText(speakerFor, since !== null ? t('floor.for', { time: elapsed(now() - since) }) : '');
    let turnLeft = '';
    if (turn.speakerId && typeof turn.endsAt === 'number') {
      const ms = turn.endsAt - now();
      turnLeft = ms > 0 ? t('floor.turnLeft', { time: clock(ms) }) : t('floor.turnUp');
    } else if (turn.speakerId && turn.timeUp) {
      turnLeft = t('floor.turnUp');
    }
    setText(speakerLeft, turnLeft);
    speakerLeft.classList.toggle('is-up', turnLeft === t('floor.turnUp'));
  }

  function update(newState, newMe, newRole) {
    state = newState;
    me = newMe;
    role = newRole;
    const turn = state.turn;
    const name = (id) => participantById(state, id)?.name || t('common.someone');
    let speaking = '';
    if (turn.mode !== 'open' && !state.ended) {
      speaking = !turn.speakerId ? t('floor.nobody')
        : turn.speakerId === me ? t('floor.youSpeak') : t('floor.speaks', { name: name(turn.speakerId) });
    }
    setText(speakerName, speaking);
    speaker.classList.toggle('is-me', turn.speakerId === me);
    speaker.classList.toggle('is-nobody', !turn.speakerId);
    show(speaker, Boolean(speaking));
    const listed = (id) => {
      if (id === me) return t('common.youLower');
      const person = participantById(state, id);
      return person && !person.online ? t('common.offline', { name: name(id) }) : name(id);
    };
    const queue = turn.mode === 'queue' && turn.queue.length ? t('floor.handsUp', { names: turn.queue.map(listed).join(', ') }) : '';
    const left = turn.mode === 'round-robin'
      ? turn.order.filter((id) => !turn.spoken.includes(id) && id !== turn.speakerId).map(listed) : [];
    setText(waiting, state.ended ? '' : queue || (left.length ? t('floor.stillToSpeak', { names: left.join(', ') }) : ''));
    show(waiting, Boolean(waiting.textContent));
    const live = !state.ended;
    const facilitating = role === 'facilitator' && live;
    const contributor = role !== 'observer';
    mine.raise.classList.toggle('button-primary', !facilitating);
    show(mine.raise, live && contributor && turn.mode === 'queue' && !turn.queue.includes(me) && turn.speakerId !== me);
    show(mine.lower, live && turn.queue.includes(me));
    show(mine.pass, live && turn.mode === 'round-robin' && turn.speakerId === me);
    show(mine.done, live && !facilitating && turn.speakerId === me && turn.mode !== 'presenter');
    const phaseTimer = state.timer;
    show(facilitator.start, facilitating && !phaseTimer.running && !(phaseTimer.remainingMs > 0) && (state.phase.timeboxSeconds > 0));
    setText(facilitator.start, phaseTimer.expired ? t('floor.restart') : t('floor.start'));
    show(facilitator.pause, facilitating && phaseTimer.running);
    show(facilitator.resume, facilitating && !phaseTimer.running && phaseTimer.remainingMs > 0);
    show(facilitator.extend, facilitating && (phaseTimer.running || phaseTimer.remainingMs > 0));
    show(facilitator.next, facilitating && (turn.mode === 'round-robin' || turn.mode === 'queue'));
    show(facilitator.reveal, facilitating && state.cards.some((c) => c.hidden));
    const hasTimer = Boolean(phaseTimer.running || phaseTimer.expired || phaseTimer.remainingMs != null);
    if (soundToggle) show(soundToggle, live && (hasTimer || state.phase.timeboxSeconds > 0));
    show(container, live && (turn.mode !== 'open' || hasTimer || facilitating || state.phase.timeboxSeconds > 0));
    renderClocks();
  }

  setInterval(renderClocks, 1000);
  return { update };
}
