// Who has the floor and how much time is left, with the buttons each role needs for it.
import { h, setText, show } from './dom.js';
import { participantById } from './session-state.js';

function clock(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * @param container the section the floor is drawn in
 * @param send (command, args) → opId
 * @param now () → the server's time in ms (the local clock corrected by welcome's serverTime)
 */
export function createFloor(container, send, now) {
  const button = (label, command, args) => {
    const el = h('button', { type: 'button' }, label);
    el.addEventListener('click', () => send(command, typeof args === 'function' ? args() : args));
    return el;
  };
  const timer = h('p', { class: 'floor-timer', role: 'timer', 'aria-live': 'off' });
  const speaker = h('p', { class: 'floor-speaker' });
  const waiting = h('p', { class: 'floor-waiting' });
  const mine = {
    raise: button('Raise hand', 'hand.raise'),
    lower: button('Lower hand', 'hand.lower'),
    pass: button('Pass', 'turn.pass'),
    done: button('I am done', 'turn.next'),
  };
  const facilitator = {
    start: button('Start timer', 'timer.start'),
    pause: button('Pause timer', 'timer.pause'),
    resume: button('Resume timer', 'timer.resume'),
    extend: button('Add a minute', 'timer.extend', { seconds: 60 }),
    next: button('Next turn', 'turn.next'),
    reveal: button('Reveal drafts', 'card.reveal-all'),
  };
  container.append(timer, speaker, waiting,
    h('div', { class: 'floor-actions' }, Object.values(mine)),
    h('div', { class: 'floor-actions floor-facilitator' }, Object.values(facilitator)));

  let state = null;
  let me = null;
  let role = null;

  function renderTimer() {
    if (!state) return;
    const t = state.timer;
    const left = t.running ? t.endsAt - now() : t.remainingMs;
    let text = '';
    if (t.expired) text = 'Time is up for this phase.';
    else if (t.running) text = `${clock(left)} left in this phase`;
    else if (left != null) text = `Timer paused at ${clock(left)}`;
    setText(timer, text);
    timer.classList.toggle('is-up', Boolean(t.expired || (t.running && left <= 0)));
    show(timer, Boolean(text));
  }

  function update(newState, newMe, newRole) {
    state = newState;
    me = newMe;
    role = newRole;
    const turn = state.turn;
    const name = (id) => (id === me ? 'You' : participantById(state, id)?.name || 'Someone');
    const speaking = turn.speakerId ? `${name(turn.speakerId)} ${turn.speakerId === me ? 'have' : 'has'} the floor.` : '';
    setText(speaker, turn.mode === 'open' ? '' : speaking || 'Nobody has the floor right now.');
    const queue = turn.mode === 'queue' && turn.queue.length ? `Hands up: ${turn.queue.map(name).join(', ')}.` : '';
    const left = turn.mode === 'round-robin'
      ? turn.order.filter((id) => !turn.spoken.includes(id)).map(name) : [];
    setText(waiting, queue || (left.length ? `Still to speak: ${left.join(', ')}.` : ''));
    const live = !state.ended;
    const facilitating = role === 'facilitator' && live;
    show(mine.raise, live && turn.mode === 'queue' && !turn.queue.includes(me) && turn.speakerId !== me);
    show(mine.lower, live && turn.queue.includes(me));
    show(mine.pass, live && turn.mode === 'round-robin' && turn.speakerId === me);
    show(mine.done, live && !facilitating && turn.speakerId === me && turn.mode !== 'presenter');
    show(facilitator.start, facilitating && !state.timer.running && !(state.timer.remainingMs > 0));
    show(facilitator.pause, facilitating && state.timer.running);
    show(facilitator.resume, facilitating && !state.timer.running && state.timer.remainingMs > 0);
    show(facilitator.extend, facilitating && (state.timer.running || state.timer.remainingMs > 0));
    show(facilitator.next, facilitating && (turn.mode === 'round-robin' || turn.mode === 'queue'));
    show(facilitator.reveal, facilitating && state.cards.some((c) => c.hidden));
    show(container, turn.mode !== 'open' || Boolean(state.timer.endsAt || state.timer.remainingMs != null)
      || facilitating);
    renderTimer();
  }

  setInterval(renderTimer, 1000);
  return { update };
}
