// A setup file of every test project: runs its hook after all of each test file's own, once
// the servers and browsers that used the folders have stopped.
import { afterAll } from 'vitest';
import { removeTempDirs } from '../../tools/temp-dir';

afterAll(removeTempDirs);
