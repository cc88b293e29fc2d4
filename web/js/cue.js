// The end of the phase timer: a gentle glow on the phase, and, only if this person asked for it,
// a short soft tone made with WebAudio (no audio files). The choice is kept on this device.

const STORAGE_KEY = 'roundtable.sound-cue';
const GLOW_MS = 6000;

function readChoice() {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

function saveChoice(on) {
  try {
    if (on) localStorage.setItem(STORAGE_KEY, 'on');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // the choice then lasts until the page is closed
  }
}

/**
 * @param checkbox the "Sound at the end of the timer" checkbox
 * @param target the element that glows softly when the time is up
 */
export function createCue(checkbox, target) {
  let audio = null;
  let glowTimer = null;
  checkbox.checked = readChoice();

  function context() {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return null;
    if (!audio) {
      try {
        audio = new Context();
      } catch {
        return null;
      }
    }
    if (audio.state === 'suspended') audio.resume().catch(() => {});
    return audio;
  }

  /** Two soft sine notes, quiet and short, fading out: a chime, not an alarm. */
  function chime() {
    const ctx = context();
    if (!ctx) return;
    try {
      const start = ctx.currentTime + 0.05;
      [[659.25, 0], [880, 0.28]].forEach(([frequency, offset]) => {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.type = 'sine';
        osc.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, start + offset);
        gain.gain.exponentialRampToValueAtTime(0.12, start + offset + 0.03);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 1.1);
        osc.connect(gain).connect(ctx.destination);
        osc.start(start + offset);
        osc.stop(start + offset + 1.2);
      });
    } catch {
      // no sound is better than a broken page
    }
  }

  checkbox.addEventListener('change', () => {
    saveChoice(checkbox.checked);
    // Browsers allow sound only after a gesture: this click is one, so the preview also unlocks it.
    if (checkbox.checked) chime();
  });

  function timerEnded() {
    clearTimeout(glowTimer);
    target.classList.remove('is-time-up');
    // Restart the animation when two timers end close together.
    void target.offsetWidth;
    target.classList.add('is-time-up');
    glowTimer = setTimeout(() => target.classList.remove('is-time-up'), GLOW_MS);
    if (checkbox.checked) chime();
  }

  return { timerEnded };
}
