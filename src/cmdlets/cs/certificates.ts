// certificates cmdlets: registered with registerCsCmdlet(...) when this module is imported.
export {};
