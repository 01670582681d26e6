import type { CliCommand } from '../types';
import { infoCommand } from './info';
import { sizeCommand } from './size';
import { warningsCommand } from './warnings';

/** Every CLI command; add one by adding its module here. */
export const commands: readonly CliCommand[] = [infoCommand, sizeCommand, warningsCommand];
