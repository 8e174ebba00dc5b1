## analysis: the analysis screen: Pareto, ABC-XYZ, plan against actual, lost and win-back, activity
