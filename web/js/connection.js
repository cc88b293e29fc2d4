// The live link to a session: hello / welcome, resume after a drop, an outbox of commands that
// are re-sent (with the same opIds) until the server has stored them — an `ack` says a command was
// applied, only a `durable` frame covering its seq says it survives a crash of the server — or
// refuses them. The server acknowledges a repeated opId again without applying it twice.
//
// A network that stops without a word (hung Wi-Fi, a hand-over between networks) closes nothing, so
// the page pings every HEARTBEAT_MS; when nothing at all has come back for SILENCE_MS the link is
// taken for dead, dropped, and opened again. A handshake that never completes counts the same.

const FATAL_CODES = new Set(['unauthorized', 'forbidden', 'not-found']);
export const HEARTBEAT_MS = 5000;
export const SILENCE_MS = 15000;
const OPEN_TIMEOUT_MS = 10000;
const WELCOME_TIMEOUT_MS = 10000;
const MAX_BACKOFF_MS = 8000;
const OUTBOX_PREFIX = 'roundtable.outbox.';

function randomHex(bytes) {
  const values = new Uint8Array(bytes);
  crypto.getRandomValues(values);
  return Array.from(values, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function socketUrl(sessionId, loc = window.location) {
  const scheme = loc.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${loc.host}/ws/sessions/${encodeURIComponent(sessionId)}`;
}

/** Delay before reconnect attempt `attempt` (0-based): exponential, capped, with full jitter on the upper half. */
export function backoffDelay(attempt, random = Math.random) {
  const ceiling = Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export class Connection {
  /**
   * @param {object} options
   * @param {string} options.sessionId
   * @param {string} options.token
   * @param {string} options.participantId  used to keep each person's outbox apart
   * @param {object} options.handlers  onStatus, onWelcome, onEvent, onAck, onCommandError,
   *   onDurable, onFatal, onOutbox; all optional
   */
  constructor({ sessionId, token, participantId, handlers = {}, url = socketUrl(sessionId) }) {
    this.sessionId = sessionId;
    this.token = token;
    this.participantId = participantId;
    this.url = url;
    this.handlers = handlers;
    this.lastSeq = 0;
    this.epoch = null;
    this.durableSeq = 0;
    this.socket = null;
    this.welcomed = false;
    this.stopped = true;
    this.attempt = 0;
    this.retryTimer = null;
    this.welcomeTimer = null;
    this.status = 'idle';
    this.clientId = randomHex(6);
    this.counter = 0;
    this.heartbeat = null;
    this.lastHeard = 0;
    this.outbox = this.loadOutbox();
  }

  // ---- public ----

  start() {
    this.stopped = false;
    this.open();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.welcomeTimer);
    clearInterval(this.heartbeat);
    if (this.socket) {
      const socket = this.socket;
      this.socket = null;
      socket.close(1000, 'client stopped');
    }
    this.setStatus('stopped');
  }

  /** Reconnects at once when the link is down (for example when the browser comes back online). */
  reconnectNow() {
    if (this.stopped || this.welcomed) return;
    clearTimeout(this.retryTimer);
    this.attempt = 0;
    if (!this.socket) this.open();
  }

  /**
   * Queues a command; it goes out now if the link is up, or after the next welcome, and stays in
   * the outbox until `durable` covers its ack. Returns its opId.
   */
  send(command, args = {}) {
    this.counter += 1;
    const frame = { type: 'command', opId: `${this.clientId}-${this.counter}`, command, args };
    this.outbox.push(frame);
    this.saveOutbox();
    if (this.welcomed) this.transmit(frame);
    return frame.opId;
  }

  /** Commands not yet acknowledged: what the person is waiting to see applied. */
  get pending() {
    return this.outbox.filter((item) => !item.acked).length;
  }

  /** Commands applied but not yet stored for good, plus those still pending. */
  get unsaved() {
    return this.outbox.length;
  }

  // ---- socket life cycle ----

  open() {
    clearTimeout(this.retryTimer);
    this.welcomed = false;
    this.setStatus(this.lastSeq > 0 || this.attempt > 0 ? 'reconnecting' : 'connecting');
    let socket;
    try {
      socket = new WebSocket(this.url);
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    this.lastHeard = Date.now();
    // A handshake that hangs (the network swallows it) is given up and tried again.
    this.welcomeTimer = setTimeout(() => this.abandon(socket), OPEN_TIMEOUT_MS);
    socket.addEventListener('open', () => {
      if (this.socket !== socket) return;
      clearTimeout(this.welcomeTimer);
      this.lastHeard = Date.now();
      this.startHeartbeat(socket);
      const hello = { type: 'hello', token: this.token, lastSeq: this.lastSeq };
      // The room incarnation we last saw; without it (or after a server restart) the server
      // answers with the full state instead of a resume.
      if (this.epoch && this.lastSeq > 0) hello.epoch = this.epoch;
      socket.send(JSON.stringify(hello));
      this.welcomeTimer = setTimeout(() => {
        if (!this.welcomed) this.abandon(socket);
      }, WELCOME_TIMEOUT_MS);
    });
    socket.addEventListener('message', (message) => {
      if (this.socket !== socket) return;
      this.lastHeard = Date.now();
      let frame;
      try {
        frame = JSON.parse(message.data);
      } catch {
        return;
      }
      this.receive(frame);
    });
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.welcomed = false;
      clearTimeout(this.welcomeTimer);
      clearInterval(this.heartbeat);
      if (this.stopped) return;
      this.scheduleReconnect();
    });
  }

  /** Pings while the socket is open, and gives it up when nothing has been heard for too long. */
  startHeartbeat(socket) {
    clearInterval(this.heartbeat);
    let lastPing = Date.now();
    const beat = setInterval(() => {
      if (this.socket !== socket) {
        clearInterval(beat);
        return;
      }
      const now = Date.now();
      if (now - this.lastHeard > SILENCE_MS) {
        this.abandon(socket);
      } else if (now - lastPing >= HEARTBEAT_MS && socket.readyState === WebSocket.OPEN) {
        lastPing = now;
        socket.send('{"type":"ping"}');
      }
    }, 1000);
    this.heartbeat = beat;
  }

  /**
   * Drops a socket that went silent without closing: its close may never arrive (nothing reaches
   * the other side), so the page stops waiting for it and opens a new one.
   */
  abandon(socket) {
    if (this.socket !== socket) return;
    this.socket = null;
    this.welcomed = false;
    clearTimeout(this.welcomeTimer);
    clearInterval(this.heartbeat);
    try {
      socket.close(4002, 'silent');
    } catch {
      // closing a socket that never opened may throw; it is gone either way
    }
    if (!this.stopped) this.scheduleReconnect();
  }

  scheduleReconnect() {
    if (this.stopped) return;
    this.setStatus('reconnecting');
    const delay = backoffDelay(this.attempt);
    this.attempt += 1;
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => this.open(), delay);
  }

  fail(code, message) {
    this.stop();
    this.call('onFatal', code, message);
  }

  /** Drops the socket and resumes from the last event seen, e.g. after a gap in the sequence. */
  resync() {
    if (!this.socket) return;
    const socket = this.socket;
    this.socket = null;
    this.welcomed = false;
    clearInterval(this.heartbeat);
    socket.close(4001, 'resync');
    this.attempt = 0;
    this.open();
  }

  /**
   * Reconnects asking for the whole state instead of a resume: what the server shows this
   * participant changed (e.g. they became the facilitator and may now see the coach's verdicts).
   */
  refresh() {
    this.epoch = null;
    this.resync();
  }

  // ---- frames ----

  receive(frame) {
    switch (frame.type) {
      case 'welcome':
        return this.onWelcome(frame);
      case 'event':
        return this.onEvent(frame);
      case 'ack':
        return this.acknowledged(frame.opId, frame.seq);
      case 'error':
        if (frame.opId) {
          return this.settle(frame.opId, (item) => this.call('onCommandError', frame, item));
        }
        if (FATAL_CODES.has(frame.code)) return this.fail(frame.code, frame.message);
        return this.call('onCommandError', frame, null);
      case 'durable':
        this.durableSeq = Math.max(this.durableSeq, frame.seq || 0);
        this.dropDurable();
        return this.call('onDurable', this.durableSeq);
      case 'pong':
        return undefined; // heard: that is all a pong is for
      default:
        return undefined; // unknown frames are for newer clients
    }
  }

  onWelcome(frame) {
    clearTimeout(this.welcomeTimer);
    this.welcomed = true;
    this.attempt = 0;
    if (!frame.resumed) this.lastSeq = frame.seq || 0;
    if (frame.epoch) this.epoch = frame.epoch;
    // Acks and durable seqs of the last connection prove nothing now: after a server crash the
    // events behind an ack may be gone and their seqs reused. Every command left is sent again
    // below; its fresh ack, then a `durable` of this connection (one follows every welcome),
    // decide when it may leave the outbox.
    this.durableSeq = 0;
    for (const item of this.outbox) delete item.ackedSeq;
    this.call('onWelcome', frame);
    this.setStatus('live');
    // Everything not yet acknowledged goes out again with its original opId; the server
    // acknowledges a repeat without applying it twice.
    for (const item of this.outbox) this.transmit(item);
  }

  onEvent(frame) {
    if (!this.welcomed) return;
    const seq = frame.seq;
    if (typeof seq !== 'number' || seq <= this.lastSeq) return; // already applied
    if (seq !== this.lastSeq + 1) {
      // A gap: something was missed. Resume from what we have; the server replays the rest.
      this.resync();
      return;
    }
    this.lastSeq = seq;
    this.call('onEvent', frame.event, seq);
  }

  /** Applied: tell the page once, but keep the command until `durable` covers its seq. */
  acknowledged(opId, seq) {
    const item = this.outbox.find((candidate) => candidate.opId === opId);
    if (!item) return;
    const first = !item.acked;
    item.acked = true;
    item.ackedSeq = typeof seq === 'number' ? seq : 0;
    if (first) this.call('onAck', opId, seq, item);
    if (!this.dropDurable()) this.saveOutbox();
  }

  /** Drops every command whose ack the durable seq covers; whether any was dropped. */
  dropDurable() {
    const before = this.outbox.length;
    this.outbox = this.outbox.filter((item) => !(item.acked && typeof item.ackedSeq === 'number'
      && item.ackedSeq <= this.durableSeq));
    if (this.outbox.length === before) return false;
    this.saveOutbox();
    return true;
  }

  settle(opId, notify) {
    const index = this.outbox.findIndex((item) => item.opId === opId);
    if (index < 0) return;
    const [item] = this.outbox.splice(index, 1);
    this.saveOutbox();
    notify(item);
  }

  transmit(item) {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return;
    // Only the frame's own fields: the outbox's bookkeeping (acked, ackedSeq) is not for the server.
    const { type, opId, command, args } = item;
    this.socket.send(JSON.stringify({ type, opId, command, args }));
  }

  setStatus(status) {
    if (this.status === status) return;
    this.status = status;
    this.call('onStatus', status);
  }

  call(name, ...args) {
    const handler = this.handlers[name];
    if (typeof handler === 'function') handler(...args);
  }

  // ---- the outbox survives a closed tab ----
  //
  // Each page keeps its own outbox in localStorage (`roundtable.outbox.{sessionId}.{clientId}`), so
  // two tabs never overwrite each other's. A page that opens takes over every outbox this device
  // left for the same person in the session: a tab closed before its commands were stored has them
  // sent now. Should that tab still be open, its commands go out twice, and the server, which keys
  // them by person and opId, applies them once.

  outboxKey() {
    return `${OUTBOX_PREFIX}${this.sessionId}.${this.clientId}`;
  }

  loadOutbox() {
    const adopted = [];
    const seen = new Set();
    try {
      const prefix = `${OUTBOX_PREFIX}${this.sessionId}`;
      const keys = [];
      for (let i = 0; i < localStorage.length; i += 1) {
        const key = localStorage.key(i);
        if (key && (key === prefix || key.startsWith(`${prefix}.`))) keys.push(key);
      }
      for (const key of keys) {
        const stored = JSON.parse(localStorage.getItem(key) || 'null');
        if (!stored || stored.participantId !== this.participantId || !Array.isArray(stored.items)) continue;
        for (const item of stored.items) {
          if (item && item.type === 'command' && item.opId && !seen.has(item.opId)) {
            seen.add(item.opId);
            adopted.push(item);
          }
        }
        localStorage.removeItem(key);
      }
    } catch {
      // unreadable: start with what was read
    }
    return adopted;
  }

  saveOutbox() {
    try {
      if (this.outbox.length === 0) {
        localStorage.removeItem(this.outboxKey());
      } else {
        localStorage.setItem(this.outboxKey(),
          JSON.stringify({ participantId: this.participantId, items: this.outbox }));
      }
    } catch {
      // storage unavailable: the outbox still lives in memory
    }
    this.call('onOutbox', this.outbox.length);
  }

  /** Forgets this device's outboxes for the session (the person asked to be forgotten here). */
  static forgetOutboxes(sessionId) {
    try {
      const prefix = `${OUTBOX_PREFIX}${sessionId}`;
      const keys = [];
      for (let i = 0; i < localStorage.length; i += 1) {
        const key = localStorage.key(i);
        if (key && (key === prefix || key.startsWith(`${prefix}.`))) keys.push(key);
      }
      keys.forEach((key) => localStorage.removeItem(key));
    } catch {
      // nothing kept
    }
  }

  /** Whether the command sent as {@code opId} still waits for its ack or refusal. */
  isPending(opId) {
    return Boolean(opId) && this.outbox.some((item) => item.opId === opId && !item.acked);
  }

  /** The commands waiting for an ack, oldest first: what the page shows as "sending". */
  unacknowledged() {
    return this.outbox.filter((item) => !item.acked);
  }
}
