## The job-offer check: words only the terminal's commands show

screening-paste-prompt = Cole o texto e depois pressione Enter numa linha vazia.
screening-error-bad-json = Não foi possível ler a entrada. Deve ser JSON no formato documentado.
