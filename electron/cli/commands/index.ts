import type { CliCommand } from '../types';
import { infoCommand } from './info';

/** Every CLI command; add one by adding its module here. */
export const commands: readonly CliCommand[] = [infoCommand];
