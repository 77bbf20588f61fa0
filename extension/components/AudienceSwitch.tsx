import { useEffect, useState } from 'preact/hooks';
import { AUDIENCES, AUDIENCE_LABELS, type Audience } from '@@/core/taxonomy';
import { getSettings, updateSettings, watchSettings, type Settings } from '@/utils/settings';
import { useLang, useT } from './i18n';

/**
 * "Ik ben beleidsmedewerker" / "Ik ben raadslid": one click, saved at once,
 * and in step with the same switch elsewhere (popup, side panel, options). A
 * council member's checks then read as questions for the college, and advice
 * on a passage adds what the council can do.
 */
export function AudienceSwitch({ compact = false, onChange }: { compact?: boolean; onChange?: (s: Settings) => void }) {
  const t = useT();
  const lang = useLang();
  const [audience, setAudience] = useState<Audience | null>(null);
  useEffect(() => {
    void getSettings().then((s) => setAudience(s.audience));
    return watchSettings((s) => setAudience(s.audience));
  }, []);
  const choose = async (next: Audience) => {
    setAudience(next);
    const saved = await updateSettings({ audience: next });
    onChange?.(saved);
  };
  if (!audience) return null;
  return (
    <fieldset class={compact ? 'audience-switch compact' : 'audience-switch'}>
      <legend class={compact ? 'visually-hidden' : undefined}>{t('audienceLegend')}</legend>
      {AUDIENCES.map((a) => (
        <label key={a}>
          <input type="radio" name="audience" value={a} checked={audience === a} onChange={() => void choose(a)} />{' '}
          {AUDIENCE_LABELS[a][lang]}
        </label>
      ))}
    </fieldset>
  );
}
