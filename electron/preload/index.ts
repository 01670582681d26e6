import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '@shared/ipc/contract';
import { channels } from '@shared/ipc/channels';
import type { IpcResult } from '@shared/ipc/errors';
import { buildEvents, events } from '@shared/ipc/events';

// The page gets named methods generated from the contract — never ipcRenderer itself.
const api = buildApi(
  channels,
  (channel, request) => ipcRenderer.invoke(channel, request) as Promise<IpcResult<unknown>>,
);

// Main → page events, also generated (shared/ipc/events.ts): the callback gets the validated
// payload only, never Electron's event object, and can detach with the returned function.
const eventsApi = buildEvents(events, (channel, listener) => {
  const wrapped = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => void ipcRenderer.removeListener(channel, wrapped);
});

contextBridge.exposeInMainWorld('cascade', { ...api, events: eventsApi });
