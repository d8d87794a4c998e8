export default defineBackground(() => {
  // The linting engine runs here (service worker), never in page frames.
});
