// Settings as React state, kept in step with extension storage (changes from any page show up live).
import { useEffect, useState } from 'react';
import { loadSettings, parseSettings, settingsItem, updateSettings, type Settings } from '../lib/settings.ts';

export function useSettings(): [Settings | undefined, (change: (settings: Settings) => Settings) => void] {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return settingsItem.watch((value) => setSettings(parseSettings(value)));
  }, []);
  // Shown at once (controlled inputs must not snap back), then stored; the storage watch confirms it.
  const save = (change: (settings: Settings) => Settings) => {
    setSettings((current) => current && change(current));
    void updateSettings(change);
  };
  return [settings, save];
}
