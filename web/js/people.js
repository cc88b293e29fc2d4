// Who is in the room: names, roles, online dots, the presenter.
import { h } from './dom.js';

const ROLE_LABELS = { facilitator: 'Facilitator', participant: 'Participant', observer: 'Observer' };

export function roleLabel(role) {
  return ROLE_LABELS[role] || String(role || '');
}

// The hidden comma keeps "Ada, online, Facilitator" apart when read aloud.
function badge(className, text) {
  return [h('span', { class: 'visually-hidden' }, ', '), h('span', { class: `badge ${className}` }, text)];
}

/** @param dom { list, count } */
export function createPeopleView(dom) {
  let signature = '';

  function update(state, me) {
    const people = state.participants;
    const next = JSON.stringify([me, state.presenterId, people.map((p) => [p.id, p.name, p.role, p.online, p.attended])]);
    if (next === signature) return;
    signature = next;
    const online = people.filter((p) => p.online).length;
    dom.count.textContent = `${online} of ${people.length} online`;
    dom.list.replaceChildren(...people.map((p) => {
      const badges = [];
      if (p.role && p.role !== 'participant') badges.push(badge(`badge-${p.role}`, roleLabel(p.role)));
      if (p.id === state.presenterId) badges.push(badge('badge-presenter', 'Presenter'));
      return h('li', { class: `person ${p.online ? 'is-online' : 'is-offline'}` },
        h('span', { class: 'dot', 'aria-hidden': 'true' }),
        h('span', { class: 'person-name' }, p.name, p.id === me ? ' (you)' : ''),
        h('span', { class: 'visually-hidden' }, p.online ? ', online' : ', offline'),
        // Someone who was here and went is not the same as someone who has not arrived yet.
        p.online ? null : h('span', { class: 'person-status' }, p.attended === false ? 'not here yet' : 'left'),
        badges);
    }));
  }

  return { update };
}
