#include "CdnowFiles.h"

#include "analytics/ShiftedBetaGeometric.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace rapport::analytics;
using namespace rapport::analytics::lifetimetest;

namespace {

void expectPublished(const std::vector<double> &survivors, double alpha, double beta, double ll, const double (&perThousand)[13],
                     const char *name)
{
    const ModelFit<ShiftedBetaGeometric> fit = ShiftedBetaGeometric::fit(survivors);
    ASSERT_TRUE(fit.ok()) << fit.error.toStdString();
    std::printf("sBG %s: alpha=%.5f beta=%.5f (published %.3f %.3f) LL=%.3f (reference %.1f)\n", name, fit.model->alpha(),
                fit.model->beta(), alpha, beta, fit.logLikelihood, ll);
    EXPECT_NEAR(fit.model->alpha(), alpha, 0.0005) << name;
    EXPECT_NEAR(fit.model->beta(), beta, 0.0005) << name;
    EXPECT_NEAR(fit.logLikelihood, ll, 0.05) << name;
    const std::vector<double> projected = fit.model->projectSurvivors(1000, 12);
    ASSERT_EQ(projected.size(), 13u);
    for (int t = 0; t <= 12; ++t) {
        EXPECT_NEAR(projected[static_cast<size_t>(t)], perThousand[t], 0.05) << name << " t=" << t;
        EXPECT_NEAR(fit.model->survival(t) * 1000, perThousand[t], 0.05) << name << " t=" << t;
    }
}

} // namespace

// Fader & Hardie (2007), "How to Project Customer Retention".
TEST(ShiftedBetaGeometric, ReproducesFaderHardie2007)
{
    const CohortSurvivors data = loadSbgSurvivors();
    ASSERT_EQ(data.regular.size(), 8u);
    const double regular[13] = {1000.0, 626.7, 473.9, 388.0, 332.1, 292.4, 262.5, 239.1, 220.1, 204.5, 191.2, 179.9, 170.1};
    const double highEnd[13] = {1000.0, 850.7, 746.9, 669.8, 609.9, 561.8, 522.2, 488.9, 460.4, 435.8, 414.2, 395.1, 378.0};
    expectPublished(data.regular, 0.704, 1.182, -1680.5, regular, "regular");
    expectPublished(data.highEnd, 0.668, 3.806, -1611.2, highEnd, "high end");
}

TEST(ShiftedBetaGeometric, RetentionRisesAndChainsTheSurvival)
{
    const ShiftedBetaGeometric model(0.704, 1.182);
    double churned = 0;
    for (int t = 1; t <= 12; ++t) {
        EXPECT_NEAR(model.retentionRate(t), model.survival(t) / model.survival(t - 1), 1e-12) << t;
        if (t > 1) {
            EXPECT_GT(model.retentionRate(t), model.retentionRate(t - 1)) << t;
        }
        churned += model.churnProbability(t);
        EXPECT_NEAR(1.0 - churned, model.survival(t), 1e-12) << t;
    }
}

TEST(ShiftedBetaGeometric, RefusesCountsThatCannotBeACohort)
{
    EXPECT_FALSE(ShiftedBetaGeometric::fit({1000}).ok());
    EXPECT_FALSE(ShiftedBetaGeometric::fit({0, 0}).ok());
    const auto rising = ShiftedBetaGeometric::fit({1000, 800, 900});
    EXPECT_FALSE(rising.ok());
    EXPECT_TRUE(rising.error.contains(QLatin1String("increase"))) << rising.error.toStdString();
    EXPECT_FALSE(ShiftedBetaGeometric::fit({100, 100, 100}).ok());
}
