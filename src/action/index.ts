// The action's entry point: placeholder until the action adapter lands (issue 3).
throw new Error('rollgate: the GitHub Action is not built yet.');
