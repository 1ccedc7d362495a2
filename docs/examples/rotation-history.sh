#!/bin/sh
# Enters the task force's public rotation history (shared/data/untfsse-public-facts.md, section 2)
# with the CLI. The organizations ILO and UNCTAD must already be in the roster.
# Usage: docs/examples/rotation-history.sh [--data-dir DIR]
set -e
wb() { java -jar target/secretariat-workbench.jar "$@"; }
DATA="$*"

wb $DATA rotation add --office CHAIR --org ILO --start 2019-11-01 --end 2023-02-28 --person "Vic van Vuuren" \
  --notes "Chair by Nov 2019 (start uncertain; no source for the Chair 2013–2019). Ended early 2023 (exact date uncertain)."
wb $DATA rotation add --office SECRETARIAT --org ILO --start 2019-11-01 --person "Valentina Verze" \
  --notes "Secretariat by Nov 2019 (start uncertain); technical secretariat named Jun 2020; continuing."
wb $DATA rotation add --office "Deputy Chair" --create-office 1 --org UNCTAD --start 2022-07-19 --end 2023-02-28 \
  --person "Chantal Line Carpentier" --notes "Deputy Chair from 19 Jul 2022; ended early 2023 (exact date uncertain)."
wb $DATA rotation add --office CHAIR --org UNCTAD --start 2023-03-01 --end 2023-09-30 --person "Chantal Line Carpentier" \
  --notes "Chair by 7 Mar 2023 (start uncertain); ended c. Oct 2023."
wb $DATA rotation add --office "Vice-Chair" --create-office 1 --org ILO --start 2023-03-01 --end 2023-09-30 \
  --person "Simel Esim" --notes "Vice-Chair by Mar 2023 (start uncertain); ended c. Oct 2023."
wb $DATA rotation add --office CO_CHAIR --org ILO --start 2023-10-01 --person "Simel Esim" \
  --notes "Co-Chairs from Oct 2023 (start uncertain; confirmed by Dec 2023)."
wb $DATA rotation add --office CO_CHAIR --org UNCTAD --start 2023-10-01 --person "Chantal Line Carpentier" \
  --notes "Co-Chairs from Oct 2023 (start uncertain; confirmed by Dec 2023)."
wb $DATA rotation list
