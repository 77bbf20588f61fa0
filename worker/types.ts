/** Worker bindings (wrangler.toml [vars]). */
export type Bindings = {
  /** Extra allowed CORS origins, comma-separated (e.g. the production extension id). */
  ALLOWED_ORIGINS?: string;
};

export type AppEnv = { Bindings: Bindings };
