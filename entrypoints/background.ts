import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Filled by later features (badge, commands).
});
