/** The single sign-on from 监测记录 to the monitoring platform (wryjc.cnemc.cn). */
export const ssoUrl = 'https://wryjc.cnemc.cn/eap/SingleSignOnXKZ';
export const ssoPath = '/eap/SingleSignOnXKZ';
/** The token the mock's jump page posts; the monitoring side accepts only this one. */
export const validSsoToken = '7f3e9a1c5b2d4f60a8c1e3b5d7f9a2c4';
/** What the monitoring side answers a token it does not know (seen by automations). */
export const tokenFailureText = 'tokenid验证失败';
export const monitoringHome = '/eap/index';
