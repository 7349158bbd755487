// Psoas Coach session player: runs the script the server wrote into #player (every step's words are already in the
// person's language) and fills in the log form below it. Without this file the page is a plain log form.

const root = document.getElementById('player');
const form = document.getElementById('log-form');

if (form) guardForm(form);
if (root && form) start(root, form);

/**
 * Each opening of the page is a new session: a fresh key, so a page kept for offline use and opened twice logs two
 * sessions, while sending one form twice still logs one. Also checks the pain scores and sets before the form
 * goes, with the server's messages, because without a network only this page can say what is wrong.
 */
function guardForm(form) {
  form.elements.key.value = newKey();
  const fields = [...form.querySelectorAll('input[type=number]'), ...document.querySelectorAll('input[form="log-form"]')];
  form.addEventListener('submit', (event) => {
    let first = null;
    for (const input of fields) {
      const value = input.value.trim();
      const ok = /^\d+$/.test(value) && Number(value) >= Number(input.min) && Number(value) <= Number(input.max);
      const id = input.id + '-error';
      document.getElementById(id)?.remove();
      if (ok) {
        input.removeAttribute('aria-invalid');
        continue;
      }
      const message = document.createElement('small');
      message.id = id;
      message.className = 'error';
      message.textContent = input.name.endsWith('.sets') ? form.dataset.errorSets : form.dataset.errorPain;
      (input.closest('.sets-input') || input).after(message);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', id);
      first = first || input;
    }
    if (first) {
      event.preventDefault();
      first.focus();
    }
  });
  if ('serviceWorker' in navigator) {
    // keep this page and all it shows, so that it opens again without a network
    const urls = ['/session', ...[...document.querySelectorAll('link[rel=stylesheet], script[src], link[rel=icon]')]
      .map((e) => e.href || e.src)];
    const root = document.getElementById('player');
    if (root) for (const item of JSON.parse(root.dataset.script).items) urls.push(item.figure);
    navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: 'keep', urls }));
  }
}

function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function start(root, form) {
  const script = JSON.parse(root.dataset.script);
  const labels = JSON.parse(root.dataset.labels);
  // tests run the clock faster (0.01: a 30 s hold takes 0.3 s); people always get 1
  const scale = Number(root.dataset.timeScale) > 0 ? Number(root.dataset.timeScale) : 1;
  const steps = script.steps;
  const $ = (selector) => root.querySelector(selector);
  const view = {
    figure: $('.figure'), time: $('.time'), bar: $('.ring .bar'), phase: $('.phase'), what: $('.what'), count: $('.count'),
    cue: $('.cue'), stepOf: $('.step-of'), toggle: $('[data-action="toggle"]'), big: $('[data-action="big"]'),
  };
  const extendBy = (Number(root.dataset.extend) || 10) * 1000;
  const circumference = 2 * Math.PI * 54;
  view.bar.setAttribute('stroke-dasharray', String(circumference));
  const options = { speech: root.querySelector('[data-option="speech"]'), sound: root.querySelector('[data-option="sound"]') };
  for (const [name, box] of Object.entries(options)) {
    const saved = localStorage.getItem('psoas.player.' + name);
    if (saved !== null) box.checked = saved === 'on';
    box.addEventListener('change', () => localStorage.setItem('psoas.player.' + name, box.checked ? 'on' : 'off'));
  }
  if (!('speechSynthesis' in window)) options.speech.closest('label').hidden = true;

  const done = new Array(steps.length).fill(false); // which work steps ran to their end
  const extra = new Array(steps.length).fill(0); // ms added to a step with "more time"
  let counted = null; // the last second of a hold counted aloud
  let index = 0;
  let state = 'idle'; // idle → running ⇄ paused → finished
  let elapsed = 0; // ms of the current step already run
  let resumedAt = 0;
  let timer = null;
  let audio = null;
  let wakeLock = null;
  const startedAt = new Date();

  root.hidden = false;
  setBig(localStorage.getItem('psoas.player.big') === 'on', false);
  show();

  root.addEventListener('click', (event) => {
    const action = event.target.closest('[data-action]')?.dataset.action;
    if (!action) return;
    if (action === 'toggle') toggle();
    if (action === 'skip') move(index + 1);
    // back: to the start of this set, or from a set's countdown to the set before
    if (action === 'back') move(Math.max(0, index - (steps[index].kind === 'ready' ? 2 : 1)));
    if (action === 'finish') finish();
    if (action === 'extend' && state !== 'finished') {
      extra[index] += extendBy;
      show();
    }
    if (action === 'big') setBig(root.dataset.big !== 'on', true);
  });
  document.addEventListener('visibilitychange', () => { if (state === 'running' && document.visibilityState === 'visible') keepAwake(); });

  function toggle() {
    if (state === 'idle') {
      audio = makeAudio();
      form.elements.startedAt.value = startedAt.toISOString();
      speak(steps[0].say);
      run();
    } else if (state === 'running') {
      elapsed += performance.now() - resumedAt;
      stopClock();
      setState('paused');
      releaseWake();
    } else if (state === 'paused') {
      run();
    }
    show();
  }

  function run() {
    resumedAt = performance.now();
    setState('running');
    keepAwake();
    stopClock();
    timer = setInterval(tick, 50);
    tick();
  }

  /** How long a step runs, in ms of this page's clock: its seconds and any time added. */
  function lengthOf(i) { return (steps[i].seconds * 1000 + extra[i]) * scale; }

  function tick() {
    const step = steps[index];
    const spent = elapsed + performance.now() - resumedAt;
    const length = lengthOf(index);
    countAloud(step, length - spent);
    if (spent >= length) {
      if (step.kind !== 'ready') {
        done[index] = true;
        fillSets(); // the log says what was done so far, set by set, whatever happens next
        beep();
      }
      next();
      return;
    }
    draw(step, spent, length);
  }

  function next() {
    if (index + 1 >= steps.length) {
      finish();
      return;
    }
    index += 1;
    elapsed = 0;
    counted = null;
    resumedAt = performance.now();
    speak(steps[index].say);
    show();
  }

  /** The last five seconds of a hold, said aloud, so nobody has to look up from the mat. */
  function countAloud(step, left) {
    if (step.kind !== 'hold') return;
    const second = Math.ceil(left / 1000 / scale);
    if (second < 1 || second > 5 || second === counted) return;
    counted = second;
    speak(String(second));
  }

  function move(to) {
    if (state === 'finished') return;
    if (to >= steps.length) {
      finish();
      return;
    }
    index = to;
    elapsed = 0;
    counted = null;
    resumedAt = performance.now();
    if (state === 'running') speak(steps[index].say);
    show();
  }

  function finish() {
    stopClock();
    releaseWake();
    setState('finished');
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    fillSets();
    form.elements.finishedAt.value = new Date().toISOString();
    if (!form.elements.startedAt.value) form.elements.startedAt.value = startedAt.toISOString();
    show();
    speak(labels.done);
    const after = form.elements.painAfter;
    after.scrollIntoView({ block: 'center', behavior: 'smooth' });
    after.focus({ preventScroll: true });
  }

  /** Writes the sets that ran to their end into the log form: a skipped set is not a set done. */
  function fillSets() {
    const sets = new Map();
    steps.forEach((step, i) => { if (done[i]) sets.set(step.item, (sets.get(step.item) || 0) + 1); });
    script.items.forEach((item, i) => {
      const field = form.elements['items.' + i + '.sets'];
      if (field) field.value = String(sets.get(i) || 0);
    });
  }

  function show() {
    const step = steps[Math.min(index, steps.length - 1)];
    const item = script.items[step.item];
    if (state === 'finished') {
      view.phase.textContent = labels.done;
      view.time.textContent = '✓';
      view.bar.setAttribute('stroke-dashoffset', '0');
      view.count.textContent = '';
      view.what.textContent = '';
      view.cue.textContent = '';
      view.toggle.disabled = true;
      for (const b of root.querySelectorAll('[data-action="skip"], [data-action="back"], [data-action="finish"], [data-action="extend"]')) b.disabled = true;
      view.stepOf.textContent = '';
      return;
    }
    if (view.figure.getAttribute('src') !== item.figure) {
      view.figure.src = item.figure;
      view.figure.alt = item.figureAlt;
    }
    view.what.textContent = item.name + ' · ' + item.side;
    view.cue.textContent = item.cue;
    view.toggle.textContent = state === 'idle' ? labels.start : state === 'running' ? labels.pause : labels.resume;
    view.stepOf.textContent = format(labels.stepOf, index + 1, steps.length);
    root.dataset.step = String(index);
    root.dataset.kind = step.kind;
    const length = lengthOf(index);
    const spent = state === 'running' ? elapsed + performance.now() - resumedAt : elapsed;
    draw(step, Math.min(spent, length), length);
  }

  function draw(step, spent, length) {
    const left = Math.max(0, length - spent);
    const seconds = Math.ceil(left / 1000 / scale);
    view.bar.setAttribute('stroke-dashoffset', String(circumference * (1 - left / length)));
    let phase = step.kind === 'ready' ? (step.switchSides ? labels.switch : labels.ready) : step.kind === 'hold' ? labels.hold : labels.reps;
    if (state === 'paused') phase = labels.paused + ' · ' + phase;
    if (view.phase.textContent !== phase) view.phase.textContent = phase;
    let count = format(labels.set, step.set, step.sets);
    if (step.kind === 'reps') {
      // during repetitions the big number is the rep being done; the seconds left go in the line below
      const rep = Math.min(step.reps, Math.floor(spent / (step.secondsPerRep * 1000 * scale)) + 1);
      view.time.textContent = String(rep);
      count = format(labels.rep, rep, step.reps) + ' · ' + count + ' · ' + format(labels.repSeconds, seconds);
      root.dataset.rep = String(rep);
    } else {
      view.time.textContent = String(seconds);
    }
    if (view.count.textContent !== count) view.count.textContent = count;
  }

  function setState(next) {
    state = next;
    root.dataset.state = next;
    // once started, the player takes the whole screen: name, drawing, clock and controls in view together
    const active = next === 'running' || next === 'paused';
    root.classList.toggle('active', active);
    document.body.classList.toggle('playing', active);
  }

  /** The big view: the clock, the name and the phase in type large enough to read from a mat or a sofa two metres away. */
  function setBig(on, asked) {
    root.dataset.big = on ? 'on' : 'off';
    view.big.setAttribute('aria-pressed', String(on));
    if (!asked) return;
    localStorage.setItem('psoas.player.big', on ? 'on' : 'off');
    if (on && root.requestFullscreen && state !== 'finished') root.requestFullscreen().catch(() => {});
    if (!on && document.fullscreenElement) document.exitFullscreen().catch(() => {});
  }

  function stopClock() {
    if (timer !== null) clearInterval(timer);
    timer = null;
  }

  function speak(text) {
    if (!options.speech.checked || !('speechSynthesis' in window) || !text) return;
    // what the voice was asked to say lately, for the browser tests (speech itself cannot be heard there)
    root.dataset.said = [...(root.dataset.said || '').split('|').filter(Boolean).slice(-29), text].join('|');
    speechSynthesis.cancel();
    const words = new SpeechSynthesisUtterance(text);
    words.lang = document.documentElement.lang || 'en';
    speechSynthesis.speak(words);
  }

  function makeAudio() {
    const Context = window.AudioContext || window.webkitAudioContext;
    return Context ? new Context() : null;
  }

  // a short two-tone chime: the hold is over, without looking at the screen
  function beep() {
    if (!options.sound.checked || !audio) return;
    const now = audio.currentTime;
    [880, 1320].forEach((frequency, i) => {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, now + i * 0.18);
      gain.gain.exponentialRampToValueAtTime(0.3, now + i * 0.18 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.18 + 0.16);
      tone.connect(gain).connect(audio.destination);
      tone.start(now + i * 0.18);
      tone.stop(now + i * 0.18 + 0.17);
    });
  }

  async function keepAwake() {
    if (!('wakeLock' in navigator) || wakeLock) return;
    try {
      wakeLock = await navigator.wakeLock.request('screen');
      wakeLock.addEventListener('release', () => { wakeLock = null; });
    } catch (refused) {
      wakeLock = null; // low battery or a hidden tab: the session still runs
    }
  }

  function releaseWake() {
    if (wakeLock) wakeLock.release().catch(() => {});
    wakeLock = null;
  }
}

function format(pattern, ...values) {
  return pattern.replace(/\{(\d+)}/g, (_, i) => String(values[Number(i)]));
}
