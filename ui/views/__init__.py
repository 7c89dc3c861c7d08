"""One view per step of the round: Plan, Utskick, Inlämning (with Anmärkningar), Sammanställning."""
