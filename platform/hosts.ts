/** Hosts of the permit platform and the monitoring platform it hands users to. */
export const permitHosts = ['permit.mee.gov.cn', 'permit.mep.gov.cn'] as const;
export const monitoringHosts = ['wryjc.cnemc.cn', 'wryjc.mee.gov.cn'] as const;
export const platformHosts = [...permitHosts, ...monitoringHosts] as const;

/** Match patterns for the content script and host permissions (http and https). */
export const platformMatchPatterns = platformHosts.map((host) => `*://${host}/*`);

export function isPlatformHost(hostname: string): boolean {
  return (platformHosts as readonly string[]).includes(hostname.toLowerCase());
}
