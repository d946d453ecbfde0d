import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Which screen is shown. Domain data (profiles, progress) live in Dexie, not here. */
export type View =
  | { name: 'profiles' }
  | { name: 'catalogue' }
  | { name: 'player'; moduleId: string }
  | { name: 'certificate'; moduleId: string }
  | { name: 'review' }
  | { name: 'trainer' };

interface SessionState {
  learnerId: string | null;
  view: View;
  signIn(learnerId: string): void;
  signOut(): void;
  openModule(moduleId: string): void;
  /** Her certificate for a module she passed, to print. */
  openCertificate(moduleId: string): void;
  showCatalogue(): void;
  /** The glossary cards due today, across modules. */
  openReview(): void;
  /** The trainer area, from the profile choice: no learner is signed in there. */
  openTrainer(): void;
}

/**
 * Kept in sessionStorage: a reload comes back to the same screen, while closing the app (a
 * shared training-room PC) brings the next person back to the profile choice.
 */
export const useSession = create<SessionState>()(
  persist(
    (set) => ({
      learnerId: null,
      view: { name: 'profiles' },
      signIn: (learnerId) => set({ learnerId, view: { name: 'catalogue' } }),
      signOut: () => set({ learnerId: null, view: { name: 'profiles' } }),
      openModule: (moduleId) => set({ view: { name: 'player', moduleId } }),
      openCertificate: (moduleId) => set({ view: { name: 'certificate', moduleId } }),
      showCatalogue: () => set({ view: { name: 'catalogue' } }),
      openReview: () => set({ view: { name: 'review' } }),
      openTrainer: () => set({ learnerId: null, view: { name: 'trainer' } }),
    }),
    { name: 'carelit.session', storage: createJSONStorage(() => sessionStorage) },
  ),
);
