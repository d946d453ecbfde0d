import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Which screen is shown. Domain data (profiles, progress) live in Dexie, not here. */
export type View =
  | { name: 'profiles' }
  | { name: 'catalogue' }
  | { name: 'player'; moduleId: string }
  | { name: 'certificate'; moduleId: string }
  | { name: 'review' }
  | { name: 'trainer' }
  /** The PIN of a profile being opened: no one is signed in until it is right. */
  | { name: 'unlock'; learnerId: string }
  /** Her own profile: name, profession, PIN, backup, deletion. */
  | { name: 'profile' }
  /** Restoring a backup into a new profile, from the profile choice. */
  | { name: 'restore' }
  /** Reader settings, then back to the screen they were opened from. */
  | { name: 'settings'; back: Exclude<View, { name: 'settings' }> };

/** A line the next screen says once: a profile deleted, or a menu command that needs a profile first. */
export type Notice = { kind: 'deleted'; name: string } | { kind: 'choose-first' };
/** What the application menu asked for, done by the screen that can do it. */
export type MenuRequest = 'export-progress' | 'save-backup';

interface SessionState {
  learnerId: string | null;
  view: View;
  notice: Notice | null;
  request: MenuRequest | null;
  setNotice(notice: Notice | null): void;
  /** Goes where the request can be done: her modules (export) or her profile (backup); without a profile, the profile choice says to choose one. */
  ask(request: MenuRequest): void;
  /** True once, when `request` was asked for: the screen that does it takes it. */
  takeRequest(request: MenuRequest): boolean;
  /** Opens a profile that has no PIN, or whose PIN was just typed right. */
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
  /** Asks the PIN of a protected profile before anything of hers shows. */
  askPin(learnerId: string): void;
  openProfile(): void;
  openRestore(): void;
  openSettings(): void;
  closeSettings(): void;
}

/**
 * Kept in sessionStorage: a reload comes back to the same screen, while closing the app (a
 * shared training-room PC) brings the next person back to the profile choice.
 */
export const useSession = create<SessionState>()(
  persist(
    (set, get) => ({
      learnerId: null,
      view: { name: 'profiles' },
      notice: null,
      request: null,
      setNotice: (notice) => set({ notice }),
      ask: (request) =>
        set((s) =>
          s.learnerId
            ? { request, notice: null, view: { name: request === 'export-progress' ? 'catalogue' : 'profile' } }
            : { request: null, notice: { kind: 'choose-first' }, view: s.view.name === 'unlock' ? s.view : { name: 'profiles' } },
        ),
      takeRequest: (request) => {
        if (get().request !== request) return false;
        set({ request: null });
        return true;
      },
      signIn: (learnerId) => set({ learnerId, view: { name: 'catalogue' } }),
      signOut: () => set({ learnerId: null, view: { name: 'profiles' } }),
      openModule: (moduleId) => set({ view: { name: 'player', moduleId } }),
      openCertificate: (moduleId) => set({ view: { name: 'certificate', moduleId } }),
      showCatalogue: () => set({ view: { name: 'catalogue' } }),
      openReview: () => set({ view: { name: 'review' } }),
      openTrainer: () => set({ learnerId: null, view: { name: 'trainer' } }),
      askPin: (learnerId) => set({ learnerId: null, view: { name: 'unlock', learnerId } }),
      openProfile: () => set({ view: { name: 'profile' } }),
      openRestore: () => set({ learnerId: null, view: { name: 'restore' } }),
      openSettings: () => set((s) => ({ view: { name: 'settings', back: s.view.name === 'settings' ? s.view.back : s.view } })),
      closeSettings: () => set((s) => (s.view.name === 'settings' ? { view: s.view.back } : {})),
    }),
    // A notice or a request belongs to the moment: a reload forgets them.
    { name: 'carelit.session', storage: createJSONStorage(() => sessionStorage), partialize: ({ learnerId, view }) => ({ learnerId, view }) },
  ),
);
