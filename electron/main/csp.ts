/**
 * The Content-Security-Policy of the app page, sent as a header by the app protocol and repeated
 * in renderer/index.html. No inline scripts, no eval, no remote anything: the renderer talks to
 * the world only through the preload API.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
].join('; ');
