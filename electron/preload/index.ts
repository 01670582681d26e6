import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../../shared/ipc/contract';
import { channels } from '../../shared/ipc/channels';
import type { IpcResult } from '../../shared/ipc/errors';

// The page gets named methods generated from the contract — never ipcRenderer itself.
const api = buildApi(channels, (channel, request) => ipcRenderer.invoke(channel, request) as Promise<IpcResult<unknown>>);

contextBridge.exposeInMainWorld('cascade', api);
