// Psoas Coach service worker: keeps today's session usable without a network, and queues a session logged
// offline until the server can be reached. A queued log is sent with its idempotency key, so however often a
// send is retried (a lost answer, two tabs, a sync that overlaps another) the server saves it once.

// A new name when scripts move between files (v3: the menu's toggle went from app.js to early.js): activating drops
// the old cache, so a page never runs one file's old copy beside another's new one.
const CACHE = 'psoas-session-v3';
// Every answer names the signed-in account's device tag in this header (none when nobody is signed in). A queued
// log and the kept session page belong to the account they were made under, and only ever go to that account.
const ACCOUNT_HEADER = 'X-Psoas-Account';
const QUEUE_DB = 'psoas-offline';
const OFFLINE_PAGE = '/session/offline';
const CACHED = /^\/(static|webjars|figures)\//;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.add(OFFLINE_PAGE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && url.pathname === '/session') {
    event.respondWith(logOrQueue(request));
  } else if (request.method === 'GET' && url.pathname === '/session') {
    event.respondWith(networkFirst(request));
  } else if (request.method === 'GET' && CACHED.test(url.pathname)) {
    event.respondWith(cachedThenRefreshed(request));
  } else if (request.method === 'GET' && request.mode === 'navigate') {
    event.respondWith(noteWhoIsSignedIn(request));
  }
});

/** Any page: passed through, noting whose it is, so that another person's kept session page goes. */
async function noteWhoIsSignedIn(request) {
  const response = await fetch(request);
  if (response.type === 'basic') await seen(response.headers.get(ACCOUNT_HEADER) || '');
  return response;
}

/** The kept session page belongs to one account: once the server names another (or nobody), it is removed. */
async function seen(account) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match('/session');
  if (kept && (kept.headers.get(ACCOUNT_HEADER) || '') !== account) await cache.delete('/session');
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  const account = data.account || '';
  if (data.type === 'sync') event.waitUntil(sendQueued());
  if (data.type === 'keep') event.waitUntil(keep(data.urls || []));
  if (data.type === 'report') event.waitUntil(report(event.source, account));
  if (data.type === 'dismiss') event.waitUntil(removeWhere('refused', (entry) => entry.account === account));
  // signing out: the kept session page is personal, so it goes; queued logs stay for their own account, unless discarded
  if (data.type === 'forget') event.waitUntil(caches.open(CACHE).then((cache) => cache.delete('/session')));
  if (data.type === 'discard') event.waitUntil(removeWhere('queue', (entry) => entry.account === account));
  if (data.type === 'count' && event.ports[0]) {
    event.waitUntil(all('queue').then((queued) => event.ports[0].postMessage(queued.filter((entry) => entry.account === account).length)));
  }
});

self.addEventListener('sync', (event) => {
  if (event.tag === 'psoas-logs') event.waitUntil(sendQueued());
});

/** The session page: fresh from the server when it answers, else the copy kept the last time it did. */
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    await seen(response.headers.get(ACCOUNT_HEADER) || '');
    // a redirect (signed out, no program yet) is not the session page: keep the last real one
    if (response.ok && !response.redirected) await cache.put('/session', response.clone());
    return response;
  } catch (offline) {
    return (await cache.match('/session')) || Response.error();
  }
}

async function cachedThenRefreshed(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  const refreshed = fetch(request).then((response) => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  });
  if (kept) {
    refreshed.catch(() => {});
    return kept;
  }
  return refreshed;
}

/** Everything a session page needs, kept when the page opens, so that a reload without a network still works. */
async function keep(urls) {
  const cache = await caches.open(CACHE);
  await Promise.all(urls.map(async (url) => {
    try {
      const response = await fetch(url);
      if (response.ok && !response.redirected) await cache.put(new URL(url, self.location.origin).pathname === '/session' ? '/session' : url, response);
    } catch (offline) {
      // kept on the next visit with a network
    }
  }));
}

/** A log form sent without a network is kept on the device and answered with the "saved on this device" page. */
async function logOrQueue(request) {
  const copy = request.clone();
  try {
    return await fetch(request);
  } catch (offline) {
    const form = await copy.formData();
    await enqueue(form.get('account') || '', sessionOf(form));
    if (self.registration.sync) self.registration.sync.register('psoas-logs').catch(() => {});
    return (await caches.match(OFFLINE_PAGE)) || new Response('Saved on this device.', { headers: { 'Content-Type': 'text/plain' } });
  }
}

/** The log form's fields as the session log JSON of POST /api/v1/sessions. */
function sessionOf(form) {
  const whole = (name) => (form.get(name) === null || form.get(name) === '' ? undefined : Number(form.get(name)));
  const items = [];
  for (let i = 0; form.has('items.' + i + '.id'); i++) {
    const p = 'items.' + i + '.';
    const item = { id: form.get(p + 'id'), side: form.get(p + 'side'), sets: whole(p + 'sets') };
    if (form.has(p + 'reps')) item.reps = whole(p + 'reps');
    if (form.has(p + 'hold')) item.holdSeconds = whole(p + 'hold');
    items.push(item);
  }
  // whether the session was complete is the server's to decide, from the sets against the plan: not sent from here
  const session = {
    idempotencyKey: form.get('key'), date: form.get('date'),
    painBefore: whole('painBefore'), painAfter: whole('painAfter'), items,
  };
  if (form.get('notes') && form.get('notes').trim()) session.notes = form.get('notes');
  if (form.get('startedAt')) session.startedAt = form.get('startedAt');
  if (form.get('finishedAt')) session.finishedAt = form.get('finishedAt');
  return session;
}

/**
 * Sends the queued logs of the account signed in now, once the server answers; another person's logs on this browser
 * wait for their own sign-in. A log the server refuses (it can never succeed) is set aside for its owner to see.
 */
async function sendQueued() {
  if ((await all('queue')).length === 0) return;
  let token, account;
  try {
    const who = await fetch('/api/v1/plans', { credentials: 'same-origin' });
    if (!who.ok) return; // signed out: the logs wait for their owner's next sign-in
    token = who.headers.get('X-CSRF-Token');
    account = who.headers.get(ACCOUNT_HEADER) || '';
  } catch (offline) {
    return;
  }
  const queued = (await all('queue')).filter((entry) => account !== '' && entry.account === account);
  let sent = 0, refused = 0;
  for (const entry of queued) {
    let response;
    try {
      response = await fetch('/api/v1/sessions', {
        method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token, [ACCOUNT_HEADER]: entry.account },
        body: JSON.stringify(entry.session),
      });
    } catch (offline) {
      return;
    }
    if (response.status === 200 || response.status === 201) {
      await remove('queue', entry.key);
      sent++;
    } else if (response.status === 400 || response.status === 409) {
      await put('refused', { key: entry.key, account: entry.account, session: entry.session, problem: await response.text() });
      await remove('queue', entry.key);
      refused++;
    } else {
      break; // signed out or the server is struggling: try again later
    }
  }
  for (const client of await self.clients.matchAll()) {
    if (sent > 0) client.postMessage({ type: 'synced', sent });
    if (refused > 0) await report(client, account);
  }
}

/** Tells a page about its own account's logs the server refused, so the person can enter them again: nothing is lost silently. */
async function report(client, account) {
  const refused = (await all('refused')).filter((entry) => account !== '' && entry.account === account);
  if (client && refused.length > 0) client.postMessage({ type: 'refused', account, dates: refused.map((entry) => entry.session.date) });
}

function enqueue(account, session) { return put('queue', { key: session.idempotencyKey, account, session }); }

async function removeWhere(name, which) {
  for (const entry of await all(name)) if (which(entry)) await remove(name, entry.key);
}

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(QUEUE_DB, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('queue', { keyPath: 'key' });
      request.result.createObjectStore('refused', { keyPath: 'key' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function store(name, mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(name, mode);
    const result = work(transaction.objectStore(name));
    transaction.oncomplete = () => { db.close(); resolve(result.result); };
    transaction.onerror = () => { db.close(); reject(transaction.error); };
  });
}

function put(name, value) { return store(name, 'readwrite', (s) => s.put(value)); }

function remove(name, key) { return store(name, 'readwrite', (s) => s.delete(key)); }

function all(name) { return store(name, 'readonly', (s) => s.getAll()); }

