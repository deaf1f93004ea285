export const UPDATE_TEXTS = {
  ready: (version: string) => `Version ${version} finns. Den installeras när du stänger Samverkan.`,
  restartNow: 'Starta om nu',
  restarting: 'Sparar och startar om…',
  notStarted: 'Uppdateringen kunde inte startas nu. Den installeras när du stänger Samverkan.'
} as const
