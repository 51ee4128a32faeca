/** `tsx --import ./build/import-glob-register.ts script.ts`: scripts that load the page-kind registry outside Vite (bench/). */
import { register } from 'node:module';

register('./import-glob.ts', import.meta.url);
