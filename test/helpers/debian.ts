/**
 * Tools npm cannot bring (nginx, a Java runtime) come from Debian's packages: installed with
 * apt-get when missing and possible (root on Debian), or reported so the test can skip and say why.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** `check()` once `packages` are installed, or the reason they cannot be. */
export function ensureDebianPackages(
  packages: readonly string[],
  check: () => boolean,
): { ok: true } | { reason: string } {
  if (check()) return { ok: true };
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    return { reason: `${packages.join(', ')} missing, and apt-get cannot run here` };
  }
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'ignore', env });
  } catch (error) {
    return { reason: `apt-get could not install ${packages.join(', ')}: ${(error as Error).message}` };
  }
  return check() ? { ok: true } : { reason: `${packages.join(', ')} still missing after apt-get install` };
}
