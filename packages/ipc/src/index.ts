// @qts/ipc: nothing is exported yet (see the README for the issue that implements it).
export {};
