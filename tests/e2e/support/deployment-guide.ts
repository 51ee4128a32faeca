import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The blocks of docs/enterprise-deployment.md that the tests run as written: each follows a
 * `<!-- deploy-test: NAME -->` line. The test substitutes only the guide's placeholders: the
 * extension ID, the server address and the key file.
 */
const guide = readFileSync(resolve(import.meta.dirname, '../../../docs/enterprise-deployment.md'), 'utf8');

export function deploymentBlock(name: string): string {
  const match = guide.match(new RegExp(`<!-- deploy-test: ${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\``));
  if (!match) throw new Error(`docs/enterprise-deployment.md has no block marked deploy-test: ${name}`);
  return match[1]!;
}

/** The server folder the guide's examples use. */
export const guideBaseUrl = 'https://ext.example.gov.cn/permit-helper';

/** The extension ID the guide names. */
export const guideExtensionId = guide.match(/```\n([a-p]{32})\n```/)?.[1] ?? '';
