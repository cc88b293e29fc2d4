// "Your sessions on this device" on the start page: every session this browser keeps a place in,
// newest first, with the role held there, so a facilitator who closed the tab finds their room again.
import { sessions } from './credentials.js';
import { h, show } from './dom.js';
import { roleLabel } from './people.js';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function render() {
  const kept = sessions.all()
    .filter(({ credential }) => sessions.opens(credential))
    .sort((a, b) => (b.credential.seenAt || 0) - (a.credential.seenAt || 0));
  const list = document.getElementById('mine-list');
  list.replaceChildren(...kept.map(({ id, credential }) => {
    const path = credential.role === 'facilitator' ? `/s/${encodeURIComponent(id)}/facilitate` : `/s/${encodeURIComponent(id)}`;
    const forget = h('button', { type: 'button', class: 'button-quiet', 'aria-label': `Forget ${credential.title || 'this session'}` },
      'Forget');
    forget.addEventListener('click', () => {
      sessions.forget(id);
      render();
    });
    return h('li', { class: 'mine-item' },
      h('a', { href: path }, credential.title || 'A session not opened yet'),
      h('span', { class: 'hint' }, ` · ${roleLabel(credential.role || 'participant')}`,
        credential.seenAt ? ` · last opened ${WHEN.format(new Date(credential.seenAt))}` : ''),
      forget);
  }));
  show(document.getElementById('mine'), kept.length > 0);
}

render();
